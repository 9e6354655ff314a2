using CreativeGraph.Api.Research.Index;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Api.Research.Traversal;

/// <summary>
/// The GraphQL face of the traversals: <c>RelationKind</c>, <c>GraphEdge</c>, <c>Neighbourhood</c>, <c>GraphPath</c>,
/// and the root fields <c>neighbourhood</c>, <c>path</c> and <c>paths</c>. Nodes resolve to the entities
/// (the Relay node loader), edge data and provenance through <see cref="EdgeInfoLoader"/>, both batched per wave.
/// </summary>
internal static class TraversalTypes
{
    /// <summary>Adds the traversals; <c>RelationKind</c> lists the relation kinds of <paramref name="catalog"/> as their slices declare them.</summary>
    public static SchemaBuilder AddTraversals(this SchemaBuilder builder, TraversalCatalog catalog) => builder
        .AddEnumType(nameof(RelationKind), e =>
        {
            e.Description("The kinds of relations between nodes that traversals follow (`via`). Edges are followed in both directions; the names read from the stored `from` to `to`.");
            foreach (RelationKind kind in catalog.Relations)
            {
                e.Value(kind.GraphQLName, kind).Description(kind.Description);
            }
        })
        .AddObjectType("GraphEdge", t =>
        {
            t.RuntimeType<GraphEdgeRef>().Description("A relation between two nodes, in its stored direction, with its data and the documents that state it.");
            t.Field("kind").Type("RelationKind!").Description("The kind of relation.").Resolve(c => c.GetParent<GraphEdgeRef>().Kind).IsPure();
            t.Field("from").Type("Node!").Description("The node the relation goes from (e.g. the partner of a participation).").Resolve(c => Node(c, c.GetParent<GraphEdgeRef>().From));
            t.Field("to").Type("Node!").Description("The node the relation goes to (e.g. the project of a participation).").Resolve(c => Node(c, c.GetParent<GraphEdgeRef>().To));
            t.Field("role").Type("ParticipationRole").Description("For a `PARTICIPATION`: the partner's role in the project.").Resolve(async c => (await Info(c).ConfigureAwait(false)).Role);
            t.Field("status").Type("MembershipStatus").Description("For a `MEMBERSHIP`: whether the region is a member or was excluded.").Resolve(async c => (await Info(c).ConfigureAwait(false)).Status);
            t.Field("startDate").Type("Date").Description("When the relation began, where the graph knows: the project's start for a participation, the joining date for a membership, the first day of an event.").Resolve(async c => (await Info(c).ConfigureAwait(false)).StartDate);
            t.Field("endDate").Type("Date").Description("When the relation ended, where the graph knows: the project's end for a participation, the last day of an event.").Resolve(async c => (await Info(c).ConfigureAwait(false)).EndDate);
            t.Field("sources").Type("[Source!]!").Description("The documents that state this relation (for a relation that is a reference, e.g. a partner's city, the documents that state the referring entity), by slug.").Resolve(async c => (await Info(c).ConfigureAwait(false)).Sources);
        })
        .AddObjectType("ReachedNode", t =>
        {
            t.RuntimeType<NeighbourhoodNode>().Description("A node of a neighbourhood with its distance from the centre.");
            t.Field("node").Type("Node!").Description("The node.").Resolve(c => Node(c, c.GetParent<NeighbourhoodNode>().Node));
            t.Field("distance").Type("Int!").Description("The number of edges between the centre and this node (0 for the centre).").Resolve(c => c.GetParent<NeighbourhoodNode>().Distance).IsPure();
        })
        .AddObjectType(nameof(Neighbourhood), t =>
        {
            t.RuntimeType<Neighbourhood>().Description("The subgraph within a number of edges of a node: its nearest nodes (breadth-first) and every followed edge among them.");
            t.Field("center").Type("Node!").Description("The node the neighbourhood is around.").Resolve(c => Node(c, c.GetParent<Neighbourhood>().Nodes[0].Node));
            t.Field("nodes").Type("[Node!]!").Description("The nodes, nearest first: the centre, then by distance.").Resolve(c => Nodes(c, c.GetParent<Neighbourhood>().Nodes.Select(n => n.Node)));
            t.Field("reached").Type("[ReachedNode!]!").Description("The same nodes in the same order, each with its distance from the centre.").Resolve(c => c.GetParent<Neighbourhood>().Nodes).IsPure();
            t.Field("edges").Type("[GraphEdge!]!").Description("The edges of the followed kinds whose two ends are both among `nodes`.").Resolve(c => c.GetParent<Neighbourhood>().Edges).IsPure();
            t.Field("hasMoreNodes").Type("Boolean!").Description("True when more nodes lie within the depth than `first` allowed.").Resolve(c => c.GetParent<Neighbourhood>().HasMoreNodes).IsPure();
            t.Field("edgesTruncated").Type("Boolean!").Description("True when more edges join the nodes than the server's edge bound (`Research:MaxEdges`) allowed.").Resolve(c => c.GetParent<Neighbourhood>().EdgesTruncated).IsPure();
        })
        .AddObjectType(nameof(PathStep), t =>
        {
            t.RuntimeType<PathStep>().Description("One step along a path: an edge, then the node it leads to.");
            t.Field("edge").Type("GraphEdge!").Description("The edge taken (it may be followed against its stored direction).").Resolve(c => c.GetParent<PathStep>().Edge).IsPure();
            t.Field("node").Type("Node!").Description("The node the edge leads to.").Resolve(c => Node(c, c.GetParent<PathStep>().Node));
        })
        .AddObjectType(nameof(GraphPath), t =>
        {
            t.RuntimeType<GraphPath>().Description("A shortest path as alternating nodes and edges: `nodes[i]` and `nodes[i + 1]` are joined by `edges[i]`.");
            t.Field("length").Type("Int!").Description("The number of edges.").Resolve(c => c.GetParent<GraphPath>().Length).IsPure();
            t.Field("nodes").Type("[Node!]!").Description("The nodes from the start to the end, one more than the edges.").Resolve(c => Nodes(c, c.GetParent<GraphPath>().Nodes));
            t.Field("edges").Type("[GraphEdge!]!").Description("The edges in path order, each with its provenance.").Resolve(c => c.GetParent<GraphPath>().Edges).IsPure();
            t.Field("start").Type("Node!").Description("The first node.").Resolve(c => Node(c, c.GetParent<GraphPath>().Nodes[0]));
            t.Field("steps").Type("[PathStep!]!").Description("The path after `start`, edge then node, in order.").Resolve(c => Steps(c.GetParent<GraphPath>())).IsPure();
        })
        .ExtendObjectType("Query", t =>
        {
            t.Field("neighbourhood").Type("Neighbourhood!").Cost(CostWeights.Traversal)
                .Description("The k-hop subgraph around any node: its nearest nodes in breadth-first order and the edges among them. Bounded by `depth`, `first` and the server's limits (`RESEARCH_*` errors past them).")
                .Argument("of", "ID!", a => a.Description("The global ID of the centre node."))
                .Argument("depth", "Int", a => a.DefaultValue(2).Description("How many edges away from the centre to look (0 to the server's `Research:MaxDepth`, 5 by default)."))
                .Argument("via", "[RelationKind!]", a => a.Description("The kinds of relations to follow; every kind when not given."))
                .Argument("first", "Int", a => a.Description("The most nodes to return, centre included (default 50, at most the server's `Research:MaxNodes`, 500 by default)."))
                .Period()
                .Resolve(async c => await c.Services.GetRequiredService<ResearchGraph>().NeighbourhoodAsync(
                    NodeIds.Argument(c, "of"), c.ArgumentValue<int>("depth"), Via(c), await PeriodArgument.ReadAsync(c).ConfigureAwait(false), c.ArgumentValue<int?>("first"), c.RequestAborted).ConfigureAwait(false));
            t.Field("path").Type(nameof(GraphPath)).Cost(CostWeights.Traversal)
                .Description("A shortest path between two nodes, with the provenance of every edge; null when none is at most `maxLength` edges long.")
                .Argument("from", "ID!", a => a.Description("The global ID of the start node."))
                .Argument("to", "ID!", a => a.Description("The global ID of the end node."))
                .Argument("via", "[RelationKind!]", a => a.Description("The kinds of relations to follow; every kind when not given."))
                .Argument("maxLength", "Int", a => a.DefaultValue(6).Description("The longest path to look for, in edges (at most the server's `Research:MaxPathLength`, 10 by default)."))
                .Period()
                .Resolve(async c => (await Paths(c, 1).ConfigureAwait(false)).FirstOrDefault());
            t.Field("paths").Type($"[{nameof(GraphPath)}!]!").Cost(CostWeights.Traversal)
                .Description("Every shortest path between two nodes (up to `first`), in a stable order; empty when none is at most `maxLength` edges long.")
                .Argument("from", "ID!", a => a.Description("The global ID of the start node."))
                .Argument("to", "ID!", a => a.Description("The global ID of the end node."))
                .Argument("via", "[RelationKind!]", a => a.Description("The kinds of relations to follow; every kind when not given."))
                .Argument("maxLength", "Int", a => a.DefaultValue(6).Description("The longest path to look for, in edges (at most the server's `Research:MaxPathLength`, 10 by default)."))
                .Argument("first", "Int", a => a.DefaultValue(10).Description("The most paths to return (at most the server's `Research:MaxPaths`, 100 by default)."))
                .ListSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
                .Period()
                .ContextData(CostMetadata.MaxListSize, new ResearchOptions().MaxPaths)
                .Resolve(c => Paths(c, c.ArgumentValue<int>("first")));
        });

    private static async Task<IReadOnlyList<GraphPath>> Paths(IResolverContext c, int first) =>
        await c.Services.GetRequiredService<ResearchGraph>().ShortestPathsAsync(
            NodeIds.Argument(c, "from"), NodeIds.Argument(c, "to"), Via(c), await PeriodArgument.ReadAsync(c).ConfigureAwait(false), c.ArgumentValue<int>("maxLength"), first, c.RequestAborted).ConfigureAwait(false);

    // The coerced list is an object?[] of the enum's runtime values.
    private static RelationSet Via(IResolverContext c) => RelationSet.Of(c.ArgumentValue<object?[]>("via")?.Cast<RelationKind>());

    private static Task<object?> Node(IResolverContext c, NodeRef node) => c.LoadNodeAsync(node.Kind.ToString(), node.Id);

    private static async Task<object?[]> Nodes(IResolverContext c, IEnumerable<NodeRef> nodes) => await Task.WhenAll(nodes.Select(n => Node(c, n))).ConfigureAwait(false);

    private static Task<EdgeInfo> Info(IResolverContext c) => c.DataLoader<EdgeInfoLoader>().LoadAsync(c.GetParent<GraphEdgeRef>(), c.RequestAborted)!;

    private static PathStep[] Steps(GraphPath path) => [.. path.Edges.Select((edge, i) => new PathStep(edge, path.Nodes[i + 1]))];
}
