using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Fields;

/// <summary>A partner with the region it is located in: its own region, else its city's.</summary>
internal sealed class LocatedPartner
{
    public int? PlaceId { get; set; }

    public Partner Partner { get; set; } = null!;

    // SQL: COALESCE(p.RegionId, c.RegionId) over Partners LEFT JOIN Cities
    public static IQueryable<LocatedPartner> ByRegion(KnowledgeGraphDbContext db) =>
        db.Partners.Select(p => new LocatedPartner { PlaceId = p.RegionId ?? p.City!.RegionId, Partner = p });
}
