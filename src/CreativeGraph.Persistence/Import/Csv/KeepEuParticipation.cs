using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>A row that passed every check, in the graph's types: one organisation taking part in one project.</summary>
public sealed record KeepEuParticipation
{
    public required long Line { get; init; }

    public required string Acronym { get; init; }

    public required string? Title { get; init; }

    public required string Programme { get; init; }

    public required int? PeriodStart { get; init; }

    public required int? PeriodEnd { get; init; }

    public required DateOnly? StartDate { get; init; }

    public required DateOnly? EndDate { get; init; }

    public required decimal? Budget { get; init; }

    /// <summary>The EU co-financing rate in percent: given as "80 %", or computed from an amount and the budget.</summary>
    public required decimal? EuCofinancingRate { get; init; }

    public required string PartnerName { get; init; }

    public required ParticipationRole Role { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string CountryCode { get; init; }

    public required string CountryName { get; init; }

    public required string? NutsCode { get; init; }

    public required string? NutsName { get; init; }

    public required string? City { get; init; }

    /// <summary>Which project the row is about: acronym and programme, normalized as the import compares them.</summary>
    public required (string Acronym, string Programme) ProjectKey { get; init; }

    /// <summary>Which organisation the row is about: <see cref="OrganisationNameKey"/> and country.</summary>
    public required (string Name, string Country) PartnerKey { get; init; }
}
