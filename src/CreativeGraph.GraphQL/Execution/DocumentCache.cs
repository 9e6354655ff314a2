using System.Collections.Concurrent;
using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>A parsed document (or its syntax error) with its validation result and per-operation plans, memoized.</summary>
internal sealed class CachedDocument
{
    private readonly Lock _lock = new();
    private IReadOnlyList<GraphQLError>? _validationErrors;
    private ConcurrentDictionary<OperationDefinitionNode, OperationAuthorization>? _authorizations;
    private ListValueNode? _longestListLiteral;
    private bool _listsMeasured;
    private string? _hash;

    public CachedDocument(string text, DocumentNode? document, GraphQLError? syntaxError)
    {
        Text = text;
        Document = document;
        SyntaxError = syntaxError;
        HasVariableConditions = document is not null && FieldCollector.HasVariableConditions(document);
    }

    /// <summary>The document's text, as the cache keys it.</summary>
    public string Text { get; }

    /// <summary>The text's SHA-256 (its persisted-document id), computed on first use: only observed requests ask.</summary>
    public string Hash => _hash ??= Diagnostics.DocumentHashes.Sha256(Text);

    public DocumentNode? Document { get; }

    public GraphQLError? SyntaxError { get; }

    /// <summary>True when @skip/@include take variables, so field collection depends on the request.</summary>
    public bool HasVariableConditions { get; }

    /// <summary>Plans and limit analyses of operations that do not depend on variables.</summary>
    public ConcurrentDictionary<OperationDefinitionNode, OperationPlan> Plans { get; } = new();

    public ConcurrentDictionary<OperationDefinitionNode, OperationAnalysis> Analyses { get; } = new();

    /// <summary>The <c>@authorize(apply: VALIDATION)</c> rules of each operation (they do not depend on variables); created on first use.</summary>
    public ConcurrentDictionary<OperationDefinitionNode, OperationAuthorization> Authorizations => LazyInitializer.EnsureInitialized(ref _authorizations);

    /// <summary>The document's longest list literal, for <see cref="InputListLimit"/>; measured on first use.</summary>
    public ListValueNode? LongestListLiteral
    {
        get
        {
            if (!Volatile.Read(ref _listsMeasured))
            {
                _longestListLiteral = InputListLimit.LongestLiteral(Document!);
                Volatile.Write(ref _listsMeasured, true);
            }

            return _longestListLiteral;
        }
    }

    /// <summary>Spec #sec-Validating-Requests: a document known to be valid need not be validated again.</summary>
    public IReadOnlyList<GraphQLError> Validate(Schema schema, Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> validator)
    {
        IReadOnlyList<GraphQLError>? errors = Volatile.Read(ref _validationErrors);
        if (errors is not null)
        {
            return errors;
        }

        lock (_lock)
        {
            return _validationErrors ??= validator(schema, Document!);
        }
    }
}

/// <summary>
/// A bounded cache of documents keyed by their text (a "clock" approximation of least-recently-used:
/// a hit sets the entry's reference bit; eviction sweeps and evicts the first entry whose bit is clear).
/// Syntax errors are cached too, so a repeated bad document costs a lookup.
/// </summary>
internal sealed class DocumentCache
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly (string Key, CachedDocument Value, bool Referenced)[] _slots;
    private int _count;
    private int _hand;

    public DocumentCache(int capacity)
    {
        _slots = new (string, CachedDocument, bool)[Math.Max(1, capacity)];
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public CachedDocument GetOrAdd(string text, Func<string, CachedDocument> create)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(text, out int slot))
            {
                _slots[slot].Referenced = true;
                return _slots[slot].Value;
            }
        }

        CachedDocument created = create(text);
        lock (_lock)
        {
            if (_index.TryGetValue(text, out int slot))
            {
                return _slots[slot].Value;
            }

            if (_count < _slots.Length)
            {
                slot = _count++;
            }
            else
            {
                while (_slots[_hand].Referenced)
                {
                    _slots[_hand].Referenced = false;
                    _hand = (_hand + 1) % _slots.Length;
                }

                slot = _hand;
                _index.Remove(_slots[slot].Key);
                _hand = (_hand + 1) % _slots.Length;
            }

            _slots[slot] = (text, created, false);
            _index[text] = slot;
            return created;
        }
    }
}
