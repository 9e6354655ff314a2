using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Project</c> slice of the schema and the edges and list items it owns: what each of its types exposes.</summary>
internal static class ProjectEntity
{
    /// <summary>A cooperation project.</summary>
    public static GraphEntity<Project> Project { get; } = new(StoredEntities.Project)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Relations = [new("Programme", "Project → Programme that funds it."), new("PartOf", "Project → the umbrella project it is part of.")],
            Edges = [new("Programme", null, [new("Programme", p => p.ProgrammeId)]), new("PartOf", null, [new("Project", p => p.ParentProjectId)])],
            // From its start to its end date.
            Active = new(p => p.StartDate, p => p.EndDate),
            Export = new()
            {
                Label = p => p.Acronym,
                Attributes =
                [
                    new("slug", ExportType.String, p => p.Slug), new("acronym", ExportType.String, p => p.Acronym), new("title", ExportType.String, p => p.Title),
                    new("startDate", ExportType.String, p => p.StartDate), new("endDate", ExportType.String, p => p.EndDate), new("status", ExportType.String, p => p.Status),
                ],
            },
        },
        Filterable = ["Id", "Slug", "Acronym", "Title", "StartDate", "EndDate", "Status", "Budget", "BudgetCurrency", "EuCofinancingRate", "StatedPartnerCount", "StatedCityCount"],
        Filters = e => e.List("partners", p => p.Participations.Select(l => l.Partner)),
        List = new("projects", "Every cooperation project, ordered by acronym.", "Every cooperation project, ordered by acronym, a segment at a time.", ("acronym", false)),
        Lookup = new("project", "A project by its acronym, case-insensitive, e.g. \"URBAN CREATIVE POLES\".", "acronym", "The project's acronym."),
        Find = (db, acronym) => db.Projects.Where(p => p.Acronym.ToUpper() == acronym.ToUpperInvariant()),
        SearchDescription = "Cooperation projects, by title, acronym and local title (`Project`).",
    };

    /// <summary>A city a project works in (an edge).</summary>
    public static GraphEntity<ProjectCity> ProjectCity { get; } = new(StoredEntities.ProjectCity)
    {
        Traversal = new()
        {
            Relations = [new("ProjectCity", "Project → City the project works in.")],
            Edges = [new("ProjectCity", new("Project", l => l.ProjectId), [new("City", l => l.CityId)])],
        },
    };

    /// <summary>A region a project works in (an edge).</summary>
    public static GraphEntity<ProjectRegion> ProjectRegion { get; } = new(StoredEntities.ProjectRegion)
    {
        Traversal = new()
        {
            Relations = [new("ProjectRegion", "Project → Region the project works in.")],
            Edges = [new("ProjectRegion", new("Project", l => l.ProjectId), [new("Region", l => l.RegionId)])],
        },
    };

    /// <summary>A sector a project names (an edge).</summary>
    public static GraphEntity<ProjectSector> ProjectSector { get; } = new(StoredEntities.ProjectSector)
    {
        Traversal = new()
        {
            Relations = [new("ProjectSector", "Project → Sector the project addresses.")],
            Edges = [new("ProjectSector", new("Project", l => l.ProjectId), [new("Sector", l => l.SectorId)])],
        },
    };

    /// <summary>One of a project's objectives (a list item).</summary>
    public static GraphEntity<ProjectObjective> ProjectObjective { get; } = new(StoredEntities.ProjectObjective)
    {
        Filterable = ["Ordinal", "Kind", "Text"],
    };

    /// <summary>One of a project's results (a list item).</summary>
    public static GraphEntity<ProjectResult> ProjectResult { get; } = new(StoredEntities.ProjectResult)
    {
        Filterable = ["Ordinal", "Title"],
    };
}
