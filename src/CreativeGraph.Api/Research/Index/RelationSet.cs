namespace CreativeGraph.Api.Research.Index;

/// <summary>A set of <see cref="RelationKind"/>s as a bit mask: the <c>via</c> argument of a traversal.</summary>
internal readonly record struct RelationSet(uint Mask)
{
    /// <summary>Every kind: what a traversal follows when <c>via</c> is not given.</summary>
    public static RelationSet All { get; } = new((1u << Enum.GetValues<RelationKind>().Length) - 1);

    public static RelationSet Of(IEnumerable<RelationKind>? kinds)
    {
        if (kinds is null)
        {
            return All;
        }

        uint mask = 0;
        foreach (RelationKind kind in kinds)
        {
            mask |= 1u << (int)kind;
        }

        return new RelationSet(mask);
    }

    public bool Contains(RelationKind kind) => (Mask & (1u << (int)kind)) != 0;
}
