using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record RegionRecord
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required RegionKind Kind { get; init; }

    public required string Country { get; init; }

    public IReadOnlyList<NameRecord> Names { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
