using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record ProgrammeRecord
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public required ProgrammeKind Kind { get; init; }

    public int? StartYear { get; init; }

    public int? EndYear { get; init; }

    public string? Region { get; init; }

    public string? ManagingBody { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<NameRecord> Names { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
