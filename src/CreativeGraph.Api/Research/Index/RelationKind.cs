using CreativeGraph.Api.KnowledgeGraph.Entities;

namespace CreativeGraph.Api.Research.Index;

/// <summary>
/// A kind of edge the traversals follow (a value of the GraphQL enum <c>RelationKind</c>), as an entity slice
/// declares it (<see cref="RelationDeclaration"/>): its name, its place in the <see cref="TraversalCatalog"/> (the
/// bit of a <see cref="RelationSet"/>) and its description. Each edge has a stored direction (from → to);
/// traversals follow edges both ways. The few named here are those the analyses are about.
/// </summary>
internal sealed record RelationKind(string Name, int Ordinal, string Description)
{
    /// <summary>Partner → Project, with the partner's role (a <c>Participation</c> row).</summary>
    public static RelationKind Participation { get; } = TraversalCatalog.Default.Relation(nameof(Participation));

    /// <summary>Partner → City, else Region, else Country; City → Region, else Country; Region → Country.</summary>
    public static RelationKind LocatedIn { get; } = TraversalCatalog.Default.Relation(nameof(LocatedIn));

    /// <summary>Project → the Programme that funds it.</summary>
    public static RelationKind Programme { get; } = TraversalCatalog.Default.Relation(nameof(Programme));

    /// <summary>Region → Network, with status and dates (a <c>Membership</c> row).</summary>
    public static RelationKind Membership { get; } = TraversalCatalog.Default.Relation(nameof(Membership));

    /// <summary>The GraphQL enum value, in HotChocolate's manner: <c>LocatedIn</c> → <c>LOCATED_IN</c>.</summary>
    public string GraphQLName => EnumNames.Of(Name);

    public bool Equals(RelationKind? other) => other is not null && other.Ordinal == Ordinal && other.Name == Name;

    public override int GetHashCode() => Ordinal;

    public override string ToString() => Name;
}
