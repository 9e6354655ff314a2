using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Search;

/// <summary>
/// Keeps <see cref="SearchName"/> in step with the graph. The importer finds which named entities its pending
/// changes touch (<c>Seed/SearchTouches</c>), saves them (so new entities have keys), then rebuilds those entities' rows in the same
/// transaction: an import stays all-or-nothing, and re-importing unchanged data writes nothing.
/// </summary>
internal static class SearchIndexWriter
{
    // Keys per statement: well below SQLite's and PostgreSQL's parameter limits.
    private const int BatchSize = 500;

    /// <summary>
    /// Adds to <paramref name="db"/> the changes that make the rows of <paramref name="entities"/> match their
    /// current names and alternative names (stored ones); the caller saves. Entities must have their keys. Each
    /// entity comes with its declaration, which need not be one of <see cref="StoredEntities.All"/>.
    /// </summary>
    public static async Task UpdateAsync(KnowledgeGraphDbContext db, IEnumerable<(EntityDefinition Type, object Entity)> entities, CancellationToken cancellationToken)
    {
        IEnumerable<SearchableEntity> searchable = entities.Select(e => SearchableEntity.From(e.Type, e.Entity)).OfType<SearchableEntity>();
        foreach (IGrouping<string, SearchableEntity> group in searchable.GroupBy(e => e.Type, StringComparer.Ordinal))
        {
            string type = group.Key;
            foreach (SearchableEntity[] batch in group.Chunk(BatchSize))
            {
                int[] ids = [.. batch.Select(e => e.Id)];
                string[] keys = [.. batch.Select(e => e.Key)];
                ILookup<int, SearchName> stored = (await db.SearchNames
                    .Where(n => n.EntityType == type && ids.Contains(n.EntityId))
                    .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(n => n.EntityId);
                ILookup<string, AlternativeName> alternatives = (await db.AlternativeNames.AsNoTracking()
                    .Where(n => n.EntityType == type && keys.Contains(n.EntityKey))
                    .OrderBy(n => n.Id)
                    .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(n => n.EntityKey, StringComparer.Ordinal);
                foreach (SearchableEntity entity in batch)
                {
                    Reconcile(db, Rows(entity, alternatives[entity.Key]), [.. stored[entity.Id].OrderBy(n => n.Ordinal)]);
                }
            }
        }
    }

    /// <summary>Writes the rows of every named entity (for a graph stored before the search table existed).</summary>
    public static async Task RebuildAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        List<(EntityDefinition, object)> entities = [];
        foreach (EntityDefinition definition in StoredEntities.All.Where(d => d.IsSearchable))
        {
            entities.AddRange((await definition.LoadAsync(db, cancellationToken).ConfigureAwait(false)).Select(e => (definition, e)));
        }

        await UpdateAsync(db, entities, cancellationToken).ConfigureAwait(false);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The rows of entities written without change tracking (the synthetic bulk writer), own names only:
    /// <paramref name="databaseKey"/> maps (entity, its key in memory) to its key in the database; row keys are
    /// 1, 2, 3 … for the bulk writer to shift past the stored rows.
    /// </summary>
    internal static List<SearchName> RowsOf(IEnumerable<object> entities, Func<object, int, int> databaseKey) =>
        RowsOf(entities.Select(e => (StoredEntities.Find(e.GetType())!, e)), databaseKey);

    /// <inheritdoc cref="RowsOf(IEnumerable{object}, Func{object, int, int})"/>
    /// <remarks>Each entity comes with its declaration, which need not be one of <see cref="StoredEntities.All"/>.</remarks>
    internal static List<SearchName> RowsOf(IEnumerable<(EntityDefinition Type, object Entity)> entities, Func<object, int, int> databaseKey)
    {
        List<SearchName> all = [];
        foreach ((EntityDefinition type, object entity) in entities)
        {
            if (SearchableEntity.From(type, entity) is { } searchable)
            {
                foreach (SearchName row in Rows(searchable with { Id = databaseKey(entity, searchable.Id) }, []))
                {
                    row.Id = all.Count + 1;
                    all.Add(row);
                }
            }
        }

        return all;
    }

    /// <summary>
    /// The rows an entity should have: its own names, then its alternative names in the order they were stored.
    /// A name that normalizes to nothing, or to what an earlier name of the same language gave, adds no row.
    /// </summary>
    internal static List<SearchName> Rows(SearchableEntity entity, IEnumerable<AlternativeName> alternatives)
    {
        IEnumerable<EntityName> names = entity.Names.Concat(alternatives.Select(a =>
            new EntityName(a.Name, a.Language == "und" ? null : a.Language, Kind(a.Kind))));
        var seen = new HashSet<(string, string?)>();
        List<SearchName> rows = [];
        foreach ((string? name, string? language, SearchNameKind kind) in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            string normalized = SearchNormalizer.Normalize(name);
            if (normalized.Length > 0 && seen.Add((normalized, language)))
            {
                rows.Add(new SearchName
                {
                    EntityType = entity.Type,
                    EntityId = entity.Id,
                    Ordinal = rows.Count,
                    Name = name,
                    NormalizedName = normalized,
                    Language = language,
                    Kind = kind,
                });
            }
        }

        return rows;
    }

    // Row i of the entity becomes desired row i: values are overwritten (EF marks a row modified only when one
    // differs), missing rows are added, surplus rows removed. Unchanged names write nothing.
    private static void Reconcile(KnowledgeGraphDbContext db, List<SearchName> desired, List<SearchName> stored)
    {
        for (int i = 0; i < Math.Max(desired.Count, stored.Count); i++)
        {
            if (i >= stored.Count)
            {
                db.SearchNames.Add(desired[i]);
            }
            else if (i >= desired.Count)
            {
                db.SearchNames.Remove(stored[i]);
            }
            else
            {
                stored[i].Ordinal = desired[i].Ordinal;
                stored[i].Name = desired[i].Name;
                stored[i].NormalizedName = desired[i].NormalizedName;
                stored[i].Language = desired[i].Language;
                stored[i].Kind = desired[i].Kind;
            }
        }
    }

    private static SearchNameKind Kind(NameKind kind) => kind switch
    {
        NameKind.Local => SearchNameKind.Local,
        NameKind.Translation => SearchNameKind.Translation,
        NameKind.Variant => SearchNameKind.Variant,
        NameKind.SourceSpelling => SearchNameKind.SourceSpelling,
        NameKind.Abbreviation => SearchNameKind.Abbreviation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown name kind."),
    };
}
