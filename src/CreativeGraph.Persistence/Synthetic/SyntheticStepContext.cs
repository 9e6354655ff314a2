using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>The graph so far, the generator's random stream and the seed's slugs, for the declared steps (<see cref="SyntheticStep"/>).</summary>
internal sealed class SyntheticStepContext(SyntheticGraph graph, SyntheticRandom random, string prefix) : ISyntheticStepContext
{
    public IReadOnlyList<T> Rows<T>(EntityDefinition<T> entity)
        where T : class => graph.Rows(entity);

    public int Next(int maxExclusive) => random.Next(maxExclusive);

    public int Between(int minInclusive, int maxInclusive) => random.Between(minInclusive, maxInclusive);

    public bool Chance(double probability) => random.Chance(probability);

    public string Slug(string name, int id) => SyntheticNames.Slug(prefix, name, id);

    public string Place() => SyntheticNames.Place(random);
}
