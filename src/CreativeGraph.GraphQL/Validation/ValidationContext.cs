using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Validation;

/// <summary>
/// What every rule sees during one validation: the schema, the document, the <see cref="TypeInfo"/> of the
/// current node, the errors so far, and the document-wide facts the walker gathers (fragment spreads and
/// variable usages per executable definition) for the rules that judge whole operations.
/// </summary>
internal sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly List<((int Position, int Order) Anchor, GraphQLError Error)> _deferred = [];
    private readonly Dictionary<ExecutableDefinitionNode, (int Position, int Order)> _anchors = [];
    private readonly Dictionary<ExecutableDefinitionNode, List<FragmentSpreadNode>> _spreads = [];
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = [];

    public ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        MaxErrors = maxErrors;
        TypeInfo = new TypeInfo(schema);
        Dictionary<string, FragmentDefinitionNode> fragments = new(StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                // graphql-js keeps the last definition of a name; the uniqueness rule reports the others.
                fragments[fragment.Name.Value] = fragment;
            }
        }

        Fragments = fragments;
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>
    /// All errors in graphql-js's order: an error a rule could only find at the end of the document (variables
    /// through fragments, fragment cycles) stands where graphql-js reports it — after the operation's last
    /// error, or at the start of the fragment definition.
    /// </summary>
    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            if (_deferred.Count == 0)
            {
                return _errors;
            }

            List<GraphQLError> merged = new(_errors.Count + _deferred.Count);
            int next = 0;
            foreach (((int position, _), GraphQLError error) in _deferred.OrderBy(d => d.Anchor.Position).ThenBy(d => d.Anchor.Order))
            {
                while (next < position && next < _errors.Count)
                {
                    merged.Add(_errors[next++]);
                }

                merged.Add(error);
            }

            merged.AddRange(_errors.Skip(next));
            return merged;
        }
    }

    /// <summary>The most errors reported before the walk stops.</summary>
    public int MaxErrors { get; }

    /// <summary>The operation or fragment definition being walked.</summary>
    public ExecutableDefinitionNode? CurrentDefinition { get; internal set; }

    /// <summary>The location of the directives being walked (spec #sec-Directives-Are-In-Valid-Locations).</summary>
    public DirectiveLocation DirectiveLocation { get; internal set; }

    /// <summary>
    /// The outermost list or object value that stands where its type cannot be a list or input object. Values of
    /// Correct Type reports that value and, like graphql-js, judges nothing inside it.
    /// </summary>
    public ValueNode? UncheckedValue { get; internal set; }

    /// <summary>True while the walker is inside a variable definition (its usages there are not usages).</summary>
    public bool InVariableDefinition { get; internal set; }

    public void ReportError(string message, string code, string specifiedBy, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        List<Location> locations = new(nodes.Length);
        foreach (SyntaxNode? node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location);
            }
        }

        Report(new GraphQLError(message, code, locations, specifiedBy: specifiedBy));
    }

    /// <summary>Reports an error found at the end of the document where graphql-js reports it (see <see cref="Errors"/>).</summary>
    public void ReportErrorAt(ExecutableDefinitionNode anchor, string message, string code, string specifiedBy, params ReadOnlySpan<SyntaxNode?> nodes)
    {
        int before = _errors.Count;
        ReportError(message, code, specifiedBy, nodes);
        GraphQLError error = _errors[before];
        _errors.RemoveAt(before);
        _deferred.Add((_anchors.GetValueOrDefault(anchor, (before, _anchors.Count)), error));
    }

    public void ReportErrorAt(ExecutableDefinitionNode anchor, string message, string code, string specifiedBy, IEnumerable<SyntaxNode> nodes) =>
        ReportErrorAt(anchor, message, code, specifiedBy, [.. nodes]);

    /// <summary>Marks the place of the errors deferred to <paramref name="definition"/>: the errors reported so far.</summary>
    internal void SetAnchor(ExecutableDefinitionNode definition) => _anchors[definition] = (_errors.Count, _anchors.Count);

    public void ReportError(string message, string code, string specifiedBy, IEnumerable<SyntaxNode> nodes) =>
        ReportError(message, code, specifiedBy, [.. nodes]);

    internal void RecordSpread(FragmentSpreadNode spread)
    {
        if (CurrentDefinition is not null)
        {
            GetOrAdd(_spreads, CurrentDefinition).Add(spread);
        }
    }

    internal void RecordVariableUsage(VariableNode variable)
    {
        if (CurrentDefinition is not null)
        {
            GetOrAdd(_variableUsages, CurrentDefinition).Add(
                new VariableUsage(variable, TypeInfo.InputType, TypeInfo.DefaultValue, TypeInfo.ParentInputType));
        }
    }

    /// <summary>The fragment spreads anywhere in the selection sets of a definition, in document order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(ExecutableDefinitionNode definition) =>
        _spreads.GetValueOrDefault(definition) ?? (IReadOnlyList<FragmentSpreadNode>)[];

    /// <summary>The fragments an operation spreads directly or through other fragments, in discovery order.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        List<FragmentDefinitionNode> fragments = [];
        HashSet<string> collected = new(StringComparer.Ordinal);
        Stack<ExecutableDefinitionNode> toVisit = new();
        toVisit.Push(operation);
        while (toVisit.TryPop(out ExecutableDefinitionNode? definition))
        {
            foreach (FragmentSpreadNode spread in GetFragmentSpreads(definition))
            {
                string name = spread.Name.Value;
                if (collected.Add(name) && Fragments.TryGetValue(name, out FragmentDefinitionNode? fragment))
                {
                    fragments.Add(fragment);
                    toVisit.Push(fragment);
                }
            }
        }

        return fragments;
    }

    /// <summary>The variable usages of an operation and of every fragment it spreads, transitively.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        List<VariableUsage> usages = [.. _variableUsages.GetValueOrDefault(operation) ?? []];
        foreach (FragmentDefinitionNode fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(_variableUsages.GetValueOrDefault(fragment) ?? []);
        }

        return usages;
    }

    private void Report(GraphQLError error)
    {
        if (_errors.Count + _deferred.Count >= MaxErrors)
        {
            _errors.Add(new GraphQLError(
                ValidationMessages.TooManyErrors,
                ErrorCodes.ValidationTooManyErrors,
                specifiedBy: "sec-Validation"));
            throw new ValidationAbortedException();
        }

        _errors.Add(error);
    }

    private static List<T> GetOrAdd<T>(Dictionary<ExecutableDefinitionNode, List<T>> map, ExecutableDefinitionNode key)
    {
        if (!map.TryGetValue(key, out List<T>? list))
        {
            list = [];
            map[key] = list;
        }

        return list;
    }
}
