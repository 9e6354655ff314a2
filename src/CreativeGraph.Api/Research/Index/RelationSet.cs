namespace CreativeGraph.Api.Research.Index;

/// <summary>A set of <see cref="RelationKind"/>s as a bit mask over their ordinals: the <c>via</c> argument of a traversal.</summary>
internal readonly record struct RelationSet(uint Mask)
{
    /// <summary>Every kind: what a traversal follows when <c>via</c> is not given.</summary>
    public static RelationSet All { get; } = new(uint.MaxValue);

    public static RelationSet Of(IEnumerable<RelationKind>? kinds)
    {
        if (kinds is null)
        {
            return All;
        }

        uint mask = 0;
        foreach (RelationKind kind in kinds)
        {
            mask |= 1u << kind.Ordinal;
        }

        return new RelationSet(mask);
    }

    public bool Contains(RelationKind kind) => Contains(kind.Ordinal);

    public bool Contains(int ordinal) => (Mask & (1u << ordinal)) != 0;
}
