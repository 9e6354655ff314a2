namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record CountryRecord
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<NameRecord> Names { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
