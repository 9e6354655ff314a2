namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record PriorityRecord
{
    public required int Ordinal { get; init; }

    public required string Text { get; init; }

    public string? LocalText { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
