namespace CreativeGraph.Persistence.Entities;

/// <summary>
/// What a declared step (<see cref="SyntheticStep"/>) generates from: the rows generated so far, the generator's
/// one random stream (a step that draws only from it keeps the graph deterministic) and the seed's slugs.
/// </summary>
internal interface ISyntheticStepContext
{
    /// <summary>The generated rows of <paramref name="entity"/> so far (position + 1 is a row's key).</summary>
    IReadOnlyList<T> Rows<T>(EntityDefinition<T> entity)
        where T : class;

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    int Next(int maxExclusive);

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    int Between(int minInclusive, int maxInclusive);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    bool Chance(double probability);

    /// <summary>A slug of <paramref name="name"/>, starting with the seed's prefix and made unique by <paramref name="id"/>.</summary>
    string Slug(string name, int id);

    /// <summary>A made-up place name.</summary>
    string Place();
}
