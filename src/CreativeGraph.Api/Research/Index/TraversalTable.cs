using System.Linq.Expressions;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// One entity type's table as the research graph reads it: its rows' keys when they are nodes, the edges each
/// row makes (<see cref="EdgeDeclaration{T}"/>) from the key columns a <see cref="TraversalRow"/> carries, when they
/// are active, and its node rows as the export writes them (<see cref="ExportRow"/>).
/// </summary>
internal abstract class TraversalTable
{
    public abstract EntityDefinition Stored { get; }

    /// <summary>The entity type's name: its node kind's, and the entity type its edges are cited under.</summary>
    public string Name => Stored.Name;

    public abstract bool IsNode { get; }

    public abstract bool MakesEdges { get; }

    public abstract IReadOnlyList<RelationDeclaration> Relations { get; }

    /// <summary>The relation kinds of this table's edges with the node kind each starts at (after <see cref="Bind"/>).</summary>
    public abstract IEnumerable<(RelationKind Relation, NodeKind From)> Owns { get; }

    /// <summary>Resolves the declared node types and relation kinds against <paramref name="catalog"/>.</summary>
    public abstract void Bind(TraversalCatalog catalog);

    /// <summary>Every row's surrogate key.</summary>
    public abstract IQueryable<int> Ids(KnowledgeGraphDbContext db);

    /// <summary>
    /// Every row in key order with its edges' key columns and, as asked, the span it is active in
    /// (its declared <see cref="EntityTraversal{T}.Active"/> and <see cref="EntityTraversal{T}.EdgesActive"/>), the details its edges carry and its natural key.
    /// </summary>
    public abstract IQueryable<TraversalRow> Rows(KnowledgeGraphDbContext db, TraversalColumns columns);

    /// <summary>The rows whose key is in <paramref name="ids"/> with the details their edges carry and their natural key (no key columns).</summary>
    public abstract IQueryable<TraversalRow> Stated(KnowledgeGraphDbContext db, int[] ids);

    /// <summary>The edges <paramref name="row"/> makes, in declaration order; an edge with an unset end is left out.</summary>
    public abstract IEnumerable<GraphEdgeRef> Edges(TraversalRow row);

    /// <summary>The row's own columns its active spans are read from (<see cref="ActivePeriods.Columns"/>).</summary>
    public abstract IEnumerable<string> DatedColumns { get; }

    /// <summary>The node attributes the export declares for this type, in declaration order; empty when its nodes are not exported.</summary>
    public abstract IReadOnlyList<(string Name, ExportType Type)> ExportAttributes { get; }

    /// <summary>
    /// The rows of <paramref name="subset"/> (an <c>IQueryable</c> of this table's type; every row when null) in key
    /// order as the export writes them, or null when the type's nodes are not exported.
    /// </summary>
    public abstract IQueryable<ExportRow>? ExportRows(KnowledgeGraphDbContext db, IQueryable? subset);
}

/// <summary>What <see cref="TraversalTable.Rows"/> reads besides the keys.</summary>
[Flags]
internal enum TraversalColumns
{
    Keys = 0,
    Spans = 1,
    Details = 2,
    NaturalKey = 4,
}

/// <summary>A row as the research graph reads it: its key, its edges' key columns (in declaration order) and what was asked for.</summary>
internal sealed record TraversalRow(int Id, int?[] Keys, Period NodeSpan, Period EdgeSpan, EdgeDetails? Details, string? NaturalKey);

/// <summary>A node row as the export reads it: its key, label, natural key and the values of <see cref="TraversalTable.ExportAttributes"/>.</summary>
internal sealed record ExportRow(int Id, string Label, string? NaturalKey, object?[] Values);

/// <summary>The table of <typeparamref name="T"/>.</summary>
internal sealed class TraversalTable<T>(EntityDefinition<T> stored, EntityTraversal<T> traversal) : TraversalTable
    where T : class
{
    private readonly ParameterExpression _row = Expression.Parameter(typeof(T), "e");
    private (RelationKind Kind, NodeKind? From, NodeKind[] To)[] _edges = [];
    private NodeKind? _self;

    public override EntityDefinition<T> Stored => stored;

    public override bool IsNode => traversal.IsNode;

    public override bool MakesEdges => traversal.Edges.Count > 0;

    public override IReadOnlyList<RelationDeclaration> Relations => traversal.Relations;

    public override IEnumerable<(RelationKind Relation, NodeKind From)> Owns => _edges.Select(e => (e.Kind, e.From ?? _self!)).Distinct();

    public override IEnumerable<string> DatedColumns => ActivePeriods.Columns(traversal.Active).Concat(ActivePeriods.Columns(traversal.EdgesActive)).Distinct(StringComparer.Ordinal);

    public override IReadOnlyList<(string Name, ExportType Type)> ExportAttributes { get; } = traversal.Export is { } export ? [.. export.Attributes.Select(a => (a.Name, a.Type))] : [];

    public override void Bind(TraversalCatalog catalog)
    {
        _self = IsNode ? catalog.Node(Name) : null;
        _edges = [.. traversal.Edges.Select(e => (
            catalog.Relation(e.Relation),
            e.From is null ? _self ?? throw new InvalidOperationException($"{Name} is no node, so its {e.Relation} edges need a from end.") : catalog.Node(e.From.Type),
            e.To.Select(t => catalog.Node(t.Type)).ToArray()))];
    }

    public override IQueryable<int> Ids(KnowledgeGraphDbContext db) => stored.Set(db).Select(stored.Id);

    // SQL: SELECT Id, <key columns>[, <date columns>][, <detail columns>][, <natural key>] FROM <table> ORDER BY Id
    public override IQueryable<TraversalRow> Rows(KnowledgeGraphDbContext db, TraversalColumns columns) =>
        stored.Set(db).OrderBy(stored.Id).Select(Projection(columns, withKeys: true));

    // SQL: SELECT Id[, <detail columns>], <natural key> FROM <table> WHERE Id IN (…)
    public override IQueryable<TraversalRow> Stated(KnowledgeGraphDbContext db, int[] ids)
    {
        // A closure over the keys, so they are a parameter rather than literals.
        Expression<Func<int, bool>> isStated = id => ids.Contains(id);
        return stored.Set(db).Where(Expression.Lambda<Func<T, bool>>(Lambdas.Apply(isStated, Body(stored.Id)), _row))
            .Select(Projection(TraversalColumns.Details | TraversalColumns.NaturalKey, withKeys: false));
    }

    // SQL: SELECT Id, <label>, <natural key>, <attribute columns> FROM <table> [WHERE <subset>] ORDER BY Id
    public override IQueryable<ExportRow>? ExportRows(KnowledgeGraphDbContext db, IQueryable? subset)
    {
        if (traversal.Export is not { } export)
        {
            return null;
        }

        NewExpression row = Expression.New(
            typeof(ExportRow).GetConstructors()[0],
            Body(stored.Id),
            Body(export.Label),
            stored.NaturalKey is null ? Expression.Constant(null, typeof(string)) : Body(stored.NaturalKey),
            Expression.NewArrayInit(typeof(object), export.Attributes.Select(a => Body(a.Value))));
        return ((IQueryable<T>?)subset ?? stored.Set(db)).OrderBy(stored.Id).Select(Expression.Lambda<Func<T, ExportRow>>(row, _row));
    }

    public override IEnumerable<GraphEdgeRef> Edges(TraversalRow row)
    {
        int at = 0;
        foreach (((RelationKind kind, NodeKind? from, NodeKind[] to), EdgeDeclaration<T> declared) in _edges.Zip(traversal.Edges))
        {
            int? fromKey = declared.From is null ? row.Id : row.Keys[at++];
            int? toKey = null;
            NodeKind? toKind = null;
            foreach (NodeKind candidate in to)
            {
                int? key = row.Keys[at++];
                if (toKind is null && key is not null)
                {
                    (toKind, toKey) = (candidate, key);
                }
            }

            if (fromKey is int a && toKey is int b)
            {
                yield return new GraphEdgeRef(kind, new NodeRef(from!, a), new NodeRef(toKind!, b), row.Id);
            }
        }
    }

    private Expression<Func<T, TraversalRow>> Projection(TraversalColumns columns, bool withKeys)
    {
        IEnumerable<Expression> keys = !withKeys ? [] : traversal.Edges.SelectMany(e => (e.From is null ? e.To : e.To.Prepend(e.From)).Select(end => Body(end.Key)));
        Expression Optional(LambdaExpression? part, Type type) => part is null ? Expression.Constant(null, type) : Body(part);
        Expression Span(LambdaExpression? span) => span is null || !columns.HasFlag(TraversalColumns.Spans) ? Expression.Property(null, typeof(Period), nameof(Period.All)) : Body(span);
        NewExpression row = Expression.New(
            typeof(TraversalRow).GetConstructors()[0],
            Body(stored.Id),
            Expression.NewArrayInit(typeof(int?), keys),
            Span(ActivePeriods.Span(traversal.Active)),
            Span(ActivePeriods.Span(traversal.EdgesActive)),
            Optional(columns.HasFlag(TraversalColumns.Details) ? traversal.Details : null, typeof(EdgeDetails)),
            Optional(columns.HasFlag(TraversalColumns.NaturalKey) ? stored.NaturalKey : null, typeof(string)));
        return Expression.Lambda<Func<T, TraversalRow>>(row, _row);
    }

    /// <summary>The body of a declared lambda over this table's row parameter.</summary>
    private Expression Body(LambdaExpression lambda) => Lambdas.Apply(lambda, _row);
}
