namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record NetworkRecord
{
    public required string Slug { get; init; }

    public required string Name { get; init; }

    public int? StatedMemberCount { get; init; }

    public decimal? AnnualFee { get; init; }

    public string? AnnualFeeCurrency { get; init; }

    public string? AnnualFeePurpose { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<NameRecord> Names { get; init; } = [];

    public IReadOnlyList<MembershipRecord> Memberships { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
