namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record ProjectSectorRecord
{
    public required string Sector { get; init; }

    public string? LabelAsWritten { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
