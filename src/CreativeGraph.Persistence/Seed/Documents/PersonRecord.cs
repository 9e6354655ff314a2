namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record PersonRecord
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public string? Role { get; init; }

    public string? Partner { get; init; }

    public string? Email { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
