using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Forum</c> slice of the schema: what each of its types exposes.</summary>
internal static class ForumEntity
{
    /// <summary>A forum (conference edition) of a network.</summary>
    public static GraphEntity<Forum> Forum { get; } = new(StoredEntities.Forum)
    {
        IsNode = true,
        Traversal = new()
        {
            IsNode = true,
            Relations = [new("Hosted", "Forum → the region and the city that hosted it."), new("ForumOf", "Forum → the network whose forum it is.")],
            Edges = [new("ForumOf", null, [new("Network", f => f.NetworkId)]), new("Hosted", null, [new("Region", f => f.HostRegionId)]), new("Hosted", null, [new("City", f => f.HostCityId)])],
            Export = new() { Label = f => f.Name, Attributes = [new("slug", ExportType.String, f => f.Slug), new("year", ExportType.Int, f => f.Year)] },
        },
        Filterable = ["Id", "Slug", "Name", "Ordinal", "Year"],
        List = new("forums", "Every forum (conference edition) of every network, oldest first.", "Every forum (conference edition) of every network, oldest first, a segment at a time.", ("year", false), ("ordinal", false)),
        Lookup = new("forum", "A forum edition by its slug."),
        Find = (db, slug) => db.Forums.Where(f => f.Slug == slug),
        SearchDescription = "Forum editions of networks (`Forum`).",
    };
}
