using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record ObjectiveRecord
{
    public required int Ordinal { get; init; }

    public required ObjectiveKind Kind { get; init; }

    public required string Text { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
