namespace CreativeGraph.Persistence.Model;

/// <summary>
/// One name of a named entity as the search finds it: a row per name (primary name, acronym, code, local name,
/// title, alternative names), with its <see cref="NormalizedName"/> indexed. Derived data: the import writer
/// rebuilds the rows of every entity it touches in the import's transaction (<c>Search/SearchIndexWriter</c>).
/// </summary>
public sealed class SearchName
{
    public int Id { get; set; }

    /// <summary>The entity's type, one of <see cref="EntityTypes"/> (also its GraphQL type name).</summary>
    public required string EntityType { get; set; }

    /// <summary>The entity's surrogate key (<c>Id</c>).</summary>
    public int EntityId { get; set; }

    /// <summary>
    /// Position among the entity's names, 0 for its primary name: when several names of one entity match a term
    /// equally well, the lowest ordinal is the one reported. Unique per entity.
    /// </summary>
    public int Ordinal { get; set; }

    /// <summary>The name as written.</summary>
    public required string Name { get; set; }

    /// <summary><see cref="Name"/> through <c>SearchNormalizer.Normalize</c>: what terms are compared with.</summary>
    public required string NormalizedName { get; set; }

    /// <summary>BCP 47 tag of the name's language; null when the name belongs to no particular language.</summary>
    public string? Language { get; set; }

    public SearchNameKind Kind { get; set; }
}
