using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Partner</c> slice of the schema: what each of its types exposes.</summary>
internal static class PartnerEntity
{
    /// <summary>A partner organisation.</summary>
    public static GraphEntity<Partner> Partner { get; } = new(StoredEntities.Partner)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Relations = [new("LocatedIn", "Partner → City (else Region, else Country), City → Region (else Country), Region → Country.")],
            Edges = [new("LocatedIn", null, [new("City", p => p.CityId), new("Region", p => p.RegionId), new("Country", p => p.CountryId)])],
            Export = new()
            {
                Label = p => p.Name,
                Attributes = [new("slug", ExportType.String, p => p.Slug), new("kind", ExportType.String, p => p.Kind), new("website", ExportType.String, p => p.Website)],
            },
        },
        Filterable = ["Id", "Slug", "Name", "Acronym", "LocalName", "Kind"],
        Filters = e => e.List("projects", p => p.Participations.Select(l => l.Project)),
        List = new("partners", "Every partner organisation, ordered by name.", "Every partner organisation, ordered by name, a segment at a time.", ("name", false)),
        Lookup = new("partner", "A partner organisation by its slug, e.g. \"city-of-leipzig\"."),
        Find = (db, slug) => db.Partners.Where(p => p.Slug == slug),
        SearchDescription = "Partner organisations, by name, acronym and local name (`Partner`).",
    };
}
