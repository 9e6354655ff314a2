using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Network</c> slice of the schema: what each of its types exposes.</summary>
internal static class NetworkEntity
{
    /// <summary>A network of regions.</summary>
    public static GraphEntity<Network> Network { get; } = new(StoredEntities.Network)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Export = new() { Label = n => n.Name, Attributes = [new("slug", ExportType.String, n => n.Slug)] },
        },
        Filterable = ["Id", "Slug", "Name", "StatedMemberCount", "AnnualFee", "AnnualFeeCurrency"],
        List = new("networks", "Every network of regions, ordered by name.", "Every network of regions, ordered by name, a segment at a time.", ("name", false)),
        Lookup = new("network", "A network by its slug, e.g. \"districts-of-creativity\"."),
        Find = (db, slug) => db.Networks.Where(n => n.Slug == slug),
        SearchDescription = "Networks of regions (`Network`).",
    };
}
