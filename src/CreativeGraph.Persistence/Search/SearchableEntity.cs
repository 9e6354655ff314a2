using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Search;

/// <summary>
/// What the search knows of one named entity: its type, surrogate key, natural key (which its
/// <see cref="AlternativeName"/> rows refer to) and its own name-like columns, primary name first, all as
/// <see cref="StoredEntities"/> declares them.
/// </summary>
internal sealed record SearchableEntity(string Type, int Id, string Key, IReadOnlyList<EntityName> Names)
{
    /// <summary>The entity types the search covers, in ordinal order of their names.</summary>
    public static IReadOnlyList<string> Types { get; } =
        [.. StoredEntities.All.Where(d => d.IsSearchable).Select(d => d.Name).Order(StringComparer.Ordinal)];

    /// <summary>
    /// The searchable description of <paramref name="entity"/>, declared by <paramref name="definition"/>, or null for
    /// entities without names (edges, list items). People are searchable by name; contact details
    /// (<see cref="PersonalDataAttribute"/>) never become search names, so no search can find a person by e-mail.
    /// </summary>
    public static SearchableEntity? From(EntityDefinition definition, object entity) =>
        definition.IsSearchable ? new(definition.Name, definition.IdOf(entity), definition.KeyOf(entity), definition.NamesOf(entity)) : null;
}
