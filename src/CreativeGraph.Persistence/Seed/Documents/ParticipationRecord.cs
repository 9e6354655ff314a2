using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record ParticipationRecord
{
    public required string Partner { get; init; }

    public required ParticipationRole Role { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
