namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record CityRecord
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required string Country { get; init; }

    public string? Region { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    public IReadOnlyList<NameRecord> Names { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
