using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Programme</c> slice of the schema: what each of its types exposes.</summary>
internal static class ProgrammeEntity
{
    /// <summary>A funding programme or policy framework.</summary>
    public static GraphEntity<Programme> Programme { get; } = new(StoredEntities.Programme)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Relations = [new("ProgrammeRegion", "Programme → the region whose programme it is."), new("ManagedBy", "Programme → the partner that manages or funds it.")],
            Edges = [new("ProgrammeRegion", null, [new("Region", p => p.RegionId)]), new("ManagedBy", null, [new("Partner", p => p.ManagingBodyId)])],
            Export = new()
            {
                Label = p => p.Name,
                Attributes = [new("slug", ExportType.String, p => p.Slug), new("kind", ExportType.String, p => p.Kind), new("startYear", ExportType.Int, p => p.StartYear), new("endYear", ExportType.Int, p => p.EndYear)],
            },
        },
        Filterable = ["Id", "Slug", "Name", "Kind", "StartYear", "EndYear"],
        List = new("programmes", "Every funding programme or policy framework, ordered by name.", "Every funding programme or policy framework, ordered by name, a segment at a time.", ("name", false)),
        Lookup = new("programme", "A programme by its slug."),
        Find = (db, slug) => db.Programmes.Where(p => p.Slug == slug),
        SearchDescription = "Funding programmes and policy frameworks (`Programme`).",
    };
}
