namespace CreativeGraph.Persistence.Model;

/// <summary>
/// Another name of an entity (local name, translation, synonym, source misspelling).
/// Natural key (entity type, entity key, name, language).
/// </summary>
public sealed class AlternativeName
{
    public int Id { get; set; }

    /// <summary>One of <see cref="EntityTypes"/>.</summary>
    public required string EntityType { get; set; }

    /// <summary>Natural key of the named entity (slug, or country code).</summary>
    public required string EntityKey { get; set; }

    public required string Name { get; set; }

    /// <summary>BCP 47 tag; <c>und</c> when the name belongs to no particular language.</summary>
    public required string Language { get; set; }

    public NameKind Kind { get; set; }

    /// <summary>The document using this name; null when it is general knowledge.</summary>
    public int? SourceId { get; set; }

    public Source? Source { get; set; }
}
