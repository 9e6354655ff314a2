using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Seed.Documents;

internal sealed record ProjectRecord
{
    public required string Slug { get; init; }

    public required string Acronym { get; init; }

    public required string Title { get; init; }

    public string? LocalTitle { get; init; }

    public string? LocalTitleLanguage { get; init; }

    public string? Programme { get; init; }

    public string? Parent { get; init; }

    public DateOnly? StartDate { get; init; }

    public DatePrecision? StartDatePrecision { get; init; }

    public DateOnly? EndDate { get; init; }

    public DatePrecision? EndDatePrecision { get; init; }

    public required ProjectStatus Status { get; init; }

    public decimal? Budget { get; init; }

    public string? BudgetCurrency { get; init; }

    public decimal? EuCofinancingRate { get; init; }

    public int? StatedPartnerCount { get; init; }

    public int? StatedCityCount { get; init; }

    public string? Website { get; init; }

    public required string Summary { get; init; }

    public IReadOnlyList<NameRecord> Names { get; init; } = [];

    public IReadOnlyList<ObjectiveRecord> Objectives { get; init; } = [];

    public IReadOnlyList<ResultRecord> Results { get; init; } = [];

    public IReadOnlyList<ParticipationRecord> Participations { get; init; } = [];

    public IReadOnlyList<PlaceRecord> Cities { get; init; } = [];

    public IReadOnlyList<PlaceRecord> Regions { get; init; } = [];

    public IReadOnlyList<ProjectSectorRecord> Sectors { get; init; } = [];

    public required IReadOnlyList<string> Sources { get; init; }
}
