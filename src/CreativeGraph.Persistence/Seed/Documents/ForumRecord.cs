namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record ForumRecord
{
    public required string Slug { get; init; }

    public required string Network { get; init; }

    public required int Ordinal { get; init; }

    public required int Year { get; init; }

    public required string Name { get; init; }

    public required string HostRegion { get; init; }

    public string? HostCity { get; init; }

    public string? Website { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
