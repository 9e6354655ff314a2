namespace CreativeGraph.Persistence.Seed.Documents;

/// <summary>A project's city or region, by slug.</summary>
internal sealed record PlaceRecord
{
    public required string Slug { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
