using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>City</c> slice of the schema: what each of its types exposes.</summary>
internal static class CityEntity
{
    /// <summary>A city.</summary>
    public static GraphEntity<City> City { get; } = new(StoredEntities.City)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Edges = [new("LocatedIn", null, [new("Region", c => c.RegionId), new("Country", c => c.CountryId)])],
            Export = new()
            {
                Label = c => c.Name,
                Attributes = [new("slug", ExportType.String, c => c.Slug), new("latitude", ExportType.Double, c => c.Latitude), new("longitude", ExportType.Double, c => c.Longitude)],
            },
        },
        Filterable = ["Id", "Slug", "Name", "Latitude", "Longitude"],
        Filters = e => e
            .Ignore(c => c.ProjectCities)
            .List("projects", c => c.ProjectCities.Select(l => l.Project)),
        List = new("cities", "Every city of the graph, ordered by name.", "Every city of the graph, ordered by name, a segment at a time.", ("name", false)),
        Lookup = new("city", "A city by its slug, e.g. \"pecs\"."),
        Find = (db, slug) => db.Cities.Where(c => c.Slug == slug),
        SearchDescription = "Cities, by name and local names (`City`).",
    };
}
