namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record ResultRecord
{
    public required int Ordinal { get; init; }

    public required string Title { get; init; }

    public string? LocalTitle { get; init; }

    public string? LocalTitleLanguage { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
