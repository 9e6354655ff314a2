using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Region</c> slice of the schema: what each of its types exposes.</summary>
internal static class RegionEntity
{
    /// <summary>A sub-national region.</summary>
    public static GraphEntity<Region> Region { get; } = new(StoredEntities.Region)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Edges = [new("LocatedIn", null, [new("Country", r => r.CountryId)])],
            Export = new() { Label = r => r.Name, Attributes = [new("slug", ExportType.String, r => r.Slug), new("kind", ExportType.String, r => r.Kind)] },
        },
        Filterable = ["Id", "Slug", "Name", "Kind"],
        Filters = e => e
            .Ignore(r => r.DirectPartners)
            .Ignore(r => r.ProjectRegions)
            // Region.partners: located in the region directly, or through their city when they name no region
            .List("partners", r => r.DirectPartners, r => r.Cities.SelectMany(c => c.Partners.Where(p => p.RegionId == null)))
            .List("projects", r => r.ProjectRegions.Select(l => l.Project)),
        List = new("regions", "Every region of the graph, ordered by name.", "Every region of the graph, ordered by name, a segment at a time.", ("name", false)),
        Lookup = new("region", "A region by its slug, e.g. \"central-denmark-region\"."),
        Find = (db, slug) => db.Regions.Where(r => r.Slug == slug),
        SearchDescription = "Sub-national regions, by name and names in other languages (`Region`).",
    };
}
