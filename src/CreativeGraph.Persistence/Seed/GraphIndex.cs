using System.Collections;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Seed;

/// <summary>
/// Everything already stored, tracked and keyed by natural key. The graph is small (hundreds of rows), so the
/// importer loads it whole: references resolve against it and upserts modify the tracked entities in place. Which
/// tables it loads and how it keys them comes from the entity declarations (<see cref="StoredEntities"/>).
/// </summary>
internal sealed class GraphIndex : IEntityLookup
{
    // Entity-type name → its declaration and its rows by natural key (a Dictionary<string, T>), for the entity
    // types with a key of their own; edges and list items are loaded but reached through their ends' collections.
    private readonly Dictionary<string, (EntityDefinition Entity, IDictionary Rows)> _byKey = new(StringComparer.Ordinal);

    /// <summary>
    /// The entity types the import covers, in the order they were loaded (an entity after what it refers to): the
    /// declared sections a batch may hold are theirs. An index built empty covers <see cref="StoredEntities.All"/>.
    /// </summary>
    public IReadOnlyList<EntityDefinition> Entities { get; private set; } = StoredEntities.All;

    /// <summary>(entity type, entity key, source slug) of every stored citation.</summary>
    public HashSet<(string Type, string Key, string Source)> Citations { get; } = [];

    /// <summary>(entity type, entity key, name, language) of every stored alternative name.</summary>
    public HashSet<(string Type, string Key, string Name, string Language)> Names { get; } = [];

    /// <summary>The entity types keyed here, each with the natural keys of its stored rows.</summary>
    public IEnumerable<(EntityDefinition Entity, IEnumerable<string> Keys)> Keys =>
        _byKey.Values.Select(t => (t.Entity, t.Rows.Keys.Cast<string>()));

    /// <summary>The stored rows of <paramref name="entity"/> (an entity type with a key of its own) by natural key.</summary>
    public Dictionary<string, T> Of<T>(EntityDefinition<T> entity)
        where T : class => (Dictionary<string, T>)_byKey[entity.Name].Rows;

    /// <inheritdoc/>
    public T Get<T>(EntityDefinition<T> entity, string key)
        where T : class => Of(entity)[key];

    /// <inheritdoc/>
    public T? Optional<T>(EntityDefinition<T> entity, string? key)
        where T : class => key is null ? null : Get(entity, key);

    /// <summary>The stored rows of <paramref name="entity"/> (an entity type with a key of its own) by natural key, a <c>Dictionary&lt;string, T&gt;</c>.</summary>
    public IDictionary Rows(EntityDefinition entity) => _byKey[entity.Name].Rows;

    /// <summary>The declaration of the entity type whose CLR type is <paramref name="type"/>, or null when the import does not cover it.</summary>
    public EntityDefinition? Definition(Type type) => Entities.FirstOrDefault(e => e.ClrType == type);

    /// <summary>The entity of type <paramref name="type"/> (its <see cref="EntityDefinition.Name"/>) with natural key <paramref name="key"/>.</summary>
    public object? Find(string type, string key) => _byKey.TryGetValue(type, out var table) ? table.Rows[key] : null;

    /// <summary>Loads every declared entity type (<see cref="StoredEntities.All"/>).</summary>
    public static Task<GraphIndex> LoadAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken) =>
        LoadAsync(db, StoredEntities.All, cancellationToken);

    /// <summary>Loads the tables of <paramref name="entities"/>, in that order, then the provenance and alternative names.</summary>
    public static async Task<GraphIndex> LoadAsync(KnowledgeGraphDbContext db, IReadOnlyList<EntityDefinition> entities, CancellationToken cancellationToken)
    {
        var index = new GraphIndex { Entities = entities };

        // Loading the edge tables into the same context fixes up the collections on Project, Network and
        // Membership, so the writer can find existing edges through them.
        foreach (EntityDefinition entity in entities)
        {
            if (await entity.TrackAsync(db, cancellationToken).ConfigureAwait(false) is { } rows)
            {
                index._byKey.Add(entity.Name, (entity, rows));
            }
        }

        foreach (FactSource citation in await db.FactSources.ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            index.Citations.Add((citation.EntityType, citation.EntityKey, citation.Source.Slug));
        }

        foreach (AlternativeName name in await db.AlternativeNames.ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            index.Names.Add((name.EntityType, name.EntityKey, name.Name, name.Language));
        }

        return index;
    }
}
