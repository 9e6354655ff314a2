using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Country</c> slice of the schema: what each of its types exposes.</summary>
internal static class CountryEntity
{
    /// <summary>A country.</summary>
    public static GraphEntity<Country> Country { get; } = new(StoredEntities.Country)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Export = new() { Label = c => c.Name, Attributes = [new("code", ExportType.String, c => c.Code)] },
        },
        Filterable = ["Id", "Code", "Name"],
        List = new("countries", "Every country that a region, city or organisation of the graph lies in, ordered by name.", "Every country of the graph, ordered by name, a segment at a time.", ("name", false)),
        Lookup = new("country", "A country by its ISO 3166-1 alpha-2 code, e.g. \"DK\".", "code", "The ISO code, case-insensitive."),
        Find = (db, code) => db.Countries.Where(c => c.Code == code.ToUpperInvariant()),
        SearchDescription = "Countries, by name, names in other languages and ISO code (`Country`).",
    };
}
