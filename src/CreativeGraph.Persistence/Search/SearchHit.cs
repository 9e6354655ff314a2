using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Search;

/// <summary>One entity a search found, with the name of it that matched best (a row of <see cref="KnowledgeGraphSearch.Find"/>).</summary>
public sealed class SearchHit
{
    /// <summary>The matched <see cref="SearchName"/> row's key (unique per hit).</summary>
    public int Id { get; init; }

    /// <summary>One of <see cref="EntityTypes"/>.</summary>
    public required string EntityType { get; init; }

    /// <summary>The entity's surrogate key.</summary>
    public int EntityId { get; init; }

    /// <summary>The matched name as written.</summary>
    public required string Name { get; init; }

    /// <summary>The matched name normalized (the second ranking key).</summary>
    public required string NormalizedName { get; init; }

    /// <summary>BCP 47 tag of the matched name's language, or null.</summary>
    public string? Language { get; init; }

    public SearchNameKind Kind { get; init; }

    public SearchMatch Match { get; init; }
}
