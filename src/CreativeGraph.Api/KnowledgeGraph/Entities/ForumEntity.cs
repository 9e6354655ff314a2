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
        Filterable = ["Id", "Slug", "Name", "Ordinal", "Year"],
        List = new("forums", "Every forum (conference edition) of every network, oldest first.", "Every forum (conference edition) of every network, oldest first, a segment at a time.", ("year", false), ("ordinal", false)),
        Lookup = new("forum", "A forum edition by its slug."),
        Find = (db, slug) => db.Forums.Where(f => f.Slug == slug),
        SearchDescription = "Forum editions of networks (`Forum`).",
    };
}
