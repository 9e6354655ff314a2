namespace CreativeGraph.Api.Research.Index;

/// <summary>A node of the graph by entity type and surrogate key.</summary>
internal readonly record struct NodeRef(NodeKind Kind, int Id)
{
    public override string ToString() => Kind + ":" + Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
