namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record SourceRecord
{
    public required string Slug { get; init; }

    public required string FileName { get; init; }

    public required string Title { get; init; }

    public required string Language { get; init; }

    public string? Description { get; init; }
}
