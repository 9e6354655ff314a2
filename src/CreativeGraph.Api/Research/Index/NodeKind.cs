namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// An entity type whose rows are nodes of the traversal index: the GraphQL type name (also the EF entity name and
/// the type part of a global ID) and its place in the <see cref="TraversalCatalog"/>. The kinds come from the
/// entity declarations (<c>Traversal = new() { IsNode = true }</c>); the few named here are those the analyses
/// are about.
/// </summary>
internal sealed record NodeKind(string Name, int Ordinal)
{
    public static NodeKind Country { get; } = TraversalCatalog.Default.Node(nameof(Country));

    public static NodeKind Region { get; } = TraversalCatalog.Default.Node(nameof(Region));

    public static NodeKind City { get; } = TraversalCatalog.Default.Node(nameof(City));

    public static NodeKind Partner { get; } = TraversalCatalog.Default.Node(nameof(Partner));

    public static NodeKind Project { get; } = TraversalCatalog.Default.Node(nameof(Project));

    public static NodeKind Programme { get; } = TraversalCatalog.Default.Node(nameof(Programme));

    public static NodeKind Network { get; } = TraversalCatalog.Default.Node(nameof(Network));

    public bool Equals(NodeKind? other) => other is not null && other.Ordinal == Ordinal && other.Name == Name;

    public override int GetHashCode() => Ordinal;

    public override string ToString() => Name;
}
