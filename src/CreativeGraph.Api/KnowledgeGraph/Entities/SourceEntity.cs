using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Entities;

/// <summary>The <c>Source</c> slice of the schema: what each of its types exposes.</summary>
internal static class SourceEntity
{
    /// <summary>A source document the graph was built from.</summary>
    public static GraphEntity<Source> Source { get; } = new(StoredEntities.Source)
    {
        IsNode = true,
        Filterable = ["Id", "Slug", "FileName", "Title", "Language"],
        List = new("sources", "Every source document the graph was built from, ordered by slug.", "Every source document the graph was built from, ordered by slug, a segment at a time.", ("slug", false)),
        Lookup = new("source", "A source document by its slug, e.g. \"creative-cities-leaflet\"."),
        Find = (db, slug) => db.Sources.Where(s => s.Slug == slug),
        SearchDescription = "Source documents, by title and file name (`Source`).",
    };
}
