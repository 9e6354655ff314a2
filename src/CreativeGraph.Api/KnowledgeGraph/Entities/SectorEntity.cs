using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Sector</c> slice of the schema: what each of its types exposes.</summary>
internal static class SectorEntity
{
    /// <summary>A creative-industry sector.</summary>
    public static GraphEntity<Sector> Sector { get; } = new(StoredEntities.Sector)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Export = new() { Label = s => s.Name, Attributes = [new("slug", ExportType.String, s => s.Slug)] },
        },
        Filterable = ["Id", "Slug", "Name"],
        Filters = e => e
            .Ignore(s => s.ProjectSectors)
            .List("projects", s => s.ProjectSectors.Select(l => l.Project)),
        List = new("sectors", "Every creative-industry sector that projects name, ordered by name.", "Every creative-industry sector that projects name, ordered by name, a segment at a time.", ("name", false)),
        Lookup = new("sector", "A creative-industry sector by its slug, e.g. \"design\"."),
        Find = (db, slug) => db.Sectors.Where(s => s.Slug == slug),
        SearchDescription = "Creative-industry sectors, by name and the variants the documents use (`Sector`).",
    };
}
