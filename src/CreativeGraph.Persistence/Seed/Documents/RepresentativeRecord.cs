namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record RepresentativeRecord
{
    public required string Person { get; init; }

    public DateOnly? AppointedOn { get; init; }

    public required IReadOnlyList<string> Sources { get; init; }
}
