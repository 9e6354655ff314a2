using CreativeGraph.Api.KnowledgeGraph.Entities;

namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// The research graph as the entity declarations describe it (<see cref="EntityTraversal{T}"/>): its node kinds,
/// its relation kinds and the tables whose rows make edges, each in <see cref="PublishedOrder"/>. The index, the
/// traversals' <c>RelationKind</c> enum, node IDs, edge data and the export read it; a new entity type joins the
/// research graph by declaring its traversal in its slice.
/// </summary>
internal sealed class TraversalCatalog
{
    private readonly Dictionary<string, NodeKind> _nodes;
    private readonly Dictionary<string, RelationKind> _relations;
    private readonly Dictionary<(int Relation, int From), TraversalTable> _owners = [];

    public TraversalCatalog(IEnumerable<GraphEntity> entities)
    {
        var collect = new Collect();
        foreach (GraphEntity entity in entities)
        {
            entity.Accept(collect);
        }

        List<TraversalTable> tables = collect.Tables;
        Nodes = [.. PublishedOrder.Sort(tables.Where(t => t.IsNode), t => t.Name, PublishedOrder.Nodes).Select((t, i) => new NodeKind(t.Name, i))];
        _nodes = Nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        EdgeTables = [.. PublishedOrder.Sort(tables.Where(t => t.MakesEdges), t => t.Name, PublishedOrder.EdgeTables)];

        // Each relation kind takes its place where the first table that declares it is read.
        RelationDeclaration[] declared = [.. EdgeTables.Concat(tables.Except(EdgeTables)).SelectMany(t => t.Relations)];
        if (declared.GroupBy(r => r.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new InvalidOperationException($"The relation kind {twice.Key} is declared more than once.");
        }

        Relations = [.. declared.Select((r, i) => new RelationKind(r.Name, i, r.Description))];
        if (Relations.Count > 32)
        {
            throw new InvalidOperationException("A relation set holds at most 32 relation kinds.");
        }

        _relations = Relations.ToDictionary(r => r.Name, StringComparer.Ordinal);
        NodeTables = [.. Nodes.Select(n => tables.Single(t => t.Name == n.Name))];
        foreach (TraversalTable table in tables)
        {
            table.Bind(this);
            foreach ((RelationKind relation, NodeKind from) in table.Owns)
            {
                if (!_owners.TryAdd((relation.Ordinal, from.Ordinal), table))
                {
                    throw new InvalidOperationException($"Both {_owners[(relation.Ordinal, from.Ordinal)].Name} and {table.Name} make {relation.Name} edges from {from.Name}.");
                }
            }
        }
    }

    /// <summary>The catalog of the schema's entity types (<see cref="KnowledgeGraphEntities.All"/>).</summary>
    public static TraversalCatalog Default { get; } = new(KnowledgeGraphEntities.All);

    public IReadOnlyList<NodeKind> Nodes { get; }

    public IReadOnlyList<RelationKind> Relations { get; }

    /// <summary>The tables whose rows are nodes, parallel to <see cref="Nodes"/>.</summary>
    public IReadOnlyList<TraversalTable> NodeTables { get; }

    /// <summary>The tables whose rows make edges, in the order the index reads them.</summary>
    public IReadOnlyList<TraversalTable> EdgeTables { get; }

    public NodeKind Node(string name) =>
        _nodes.GetValueOrDefault(name) ?? throw new InvalidOperationException($"{name} is no node type of the research graph.");

    public bool TryGetNode(string name, out NodeKind kind) => _nodes.TryGetValue(name, out kind!);

    public RelationKind Relation(string name) =>
        _relations.GetValueOrDefault(name) ?? throw new InvalidOperationException($"No entity type declares the relation kind {name}.");

    /// <summary>The table whose rows state the <paramref name="relation"/> edges that start at a <paramref name="from"/> node.</summary>
    public TraversalTable Owner(RelationKind relation, NodeKind from) => _owners[(relation.Ordinal, from.Ordinal)];

    private sealed class Collect : IGraphEntityVisitor
    {
        public List<TraversalTable> Tables { get; } = [];

        public void Visit<T>(GraphEntity<T> entity)
            where T : class
        {
            if (entity.Traversal is { } traversal)
            {
                Tables.Add(new TraversalTable<T>(entity.Stored, traversal));
            }
        }
    }
}
