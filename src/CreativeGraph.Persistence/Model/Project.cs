namespace CreativeGraph.Persistence.Model;

public sealed class Project
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Acronym { get; set; }

    public required string Title { get; set; }

    public string? LocalTitle { get; set; }

    public string? LocalTitleLanguage { get; set; }

    public int? ProgrammeId { get; set; }

    public Programme? Programme { get; set; }

    /// <summary>The umbrella project this one is part of (e.g. one of the two Creative Districts).</summary>
    public int? ParentProjectId { get; set; }

    public Project? ParentProject { get; set; }

    public DateOnly? StartDate { get; set; }

    public DatePrecision? StartDatePrecision { get; set; }

    public DateOnly? EndDate { get; set; }

    public DatePrecision? EndDatePrecision { get; set; }

    public ProjectStatus Status { get; set; }

    public decimal? Budget { get; set; }

    /// <summary>ISO 4217 code of <see cref="Budget"/>.</summary>
    public string? BudgetCurrency { get; set; }

    /// <summary>EU co-financing rate in percent, e.g. 80.1.</summary>
    public decimal? EuCofinancingRate { get; set; }

    /// <summary>Number of partners a source states, even when it does not name them.</summary>
    public int? StatedPartnerCount { get; set; }

    /// <summary>Number of participating cities a source states, even when it does not name them.</summary>
    public int? StatedCityCount { get; set; }

    public string? Website { get; set; }

    /// <summary>Summary in our own words.</summary>
    public required string Summary { get; set; }

    public List<ProjectObjective> Objectives { get => field ??= []; }

    public List<ProjectResult> Results { get => field ??= []; }

    public List<Participation> Participations { get => field ??= []; }

    public List<ProjectCity> Cities { get => field ??= []; }

    public List<ProjectRegion> Regions { get => field ??= []; }

    public List<ProjectSector> Sectors { get => field ??= []; }

    /// <summary>The projects that are part of this one.</summary>
    public List<Project> Subprojects { get => field ??= []; }

    /// <summary>The events of the project.</summary>
    public List<Event> Events { get => field ??= []; }
}
