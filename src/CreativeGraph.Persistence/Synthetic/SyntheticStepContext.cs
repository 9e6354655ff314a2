namespace CreativeGraph.Persistence.Synthetic;

/// <summary>What a declared step (<see cref="SyntheticStep"/>) generates from: the graph so far, the random stream, the seed's slugs.</summary>
internal sealed class SyntheticStepContext(SyntheticGraph graph, SyntheticRandom random, string prefix)
{
    /// <summary>The graph with every row the steps before have added.</summary>
    public SyntheticGraph Graph => graph;

    /// <summary>The generator's one random stream: a step that draws only from it keeps the graph deterministic.</summary>
    public SyntheticRandom Random => random;

    /// <summary>A slug of <paramref name="name"/>, starting with the seed's prefix and made unique by <paramref name="id"/>.</summary>
    public string Slug(string name, int id) => SyntheticNames.Slug(prefix, name, id);

    /// <summary>A made-up place name.</summary>
    public string Place() => SyntheticNames.Place(random);
}
