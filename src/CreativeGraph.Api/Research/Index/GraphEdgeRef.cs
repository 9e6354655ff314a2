namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// An edge of the adjacency index: its kind, its ends in stored direction, and the key of the row that states it
/// (the <c>Participation</c>, <c>Membership</c>, <c>ProjectCity</c> … row for edge tables; the owning entity's key, i.e.
/// <see cref="From"/>'s, for edges that are a foreign key such as Partner → City).
/// </summary>
internal readonly record struct GraphEdgeRef(RelationKind Kind, NodeRef From, NodeRef To, int RowId)
{
    /// <summary>The end that is not <paramref name="node"/>.</summary>
    public NodeRef Other(NodeRef node) => node == From ? To : From;
}
