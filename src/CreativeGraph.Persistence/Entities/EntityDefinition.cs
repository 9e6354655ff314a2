using System.Collections;
using System.Linq.Expressions;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Entities;

/// <summary>
/// What the store knows of one entity type, declared once (<see cref="StoredEntities"/>): its name in provenance
/// and alternative-name rows, its table, surrogate key, natural key and the names the search finds it by. The
/// natural key and the search names are written once; the SQL and the in-memory forms are derived from them. An
/// entity type that is not one of the JSON format's own sections may also declare its section of the data files
/// (<see cref="Import"/>) and its step of the synthetic generator (<see cref="Synthetic"/>).
/// </summary>
public abstract class EntityDefinition
{
    /// <summary>The CLR type of the entity; its name is the entity-type name of <see cref="FactSource"/> rows.</summary>
    public abstract Type ClrType { get; }

    /// <summary>The entity-type name that <see cref="FactSource"/> and <see cref="AlternativeName"/> rows use.</summary>
    public string Name => ClrType.Name;

    /// <summary>True when the search finds this entity type by its names.</summary>
    public abstract bool IsSearchable { get; }

    /// <summary>True when the entity has a natural key that provenance and alternative names refer to.</summary>
    public abstract bool HasNaturalKey { get; }

    /// <summary>Every row's surrogate key with its natural key, as a query.</summary>
    public abstract IQueryable<EntityKeyRow> Keys(KnowledgeGraphDbContext db);

    /// <summary>
    /// True when the natural key is a column of the entity's own (a slug, a code), which data files refer to it by;
    /// false for edges and list items, whose keys are composed of their ends' keys.
    /// </summary>
    public abstract bool HasOwnKey { get; }

    /// <summary>Every row, untracked.</summary>
    public abstract Task<List<object>> LoadAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// Every row, tracked by <paramref name="db"/> (so loading an edge table fixes up its ends' collections), keyed by
    /// natural key when the entity has its own (<see cref="HasOwnKey"/>), else null. The dictionary is a
    /// <c>Dictionary&lt;string, T&gt;</c>.
    /// </summary>
    public abstract Task<IDictionary?> TrackAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken);

    /// <summary>The surrogate key of <paramref name="entity"/>.</summary>
    public abstract int IdOf(object entity);

    /// <summary>The natural key of <paramref name="entity"/> (whose navigations the key reads are loaded).</summary>
    public abstract string KeyOf(object entity);

    /// <summary>The entity's own name-like columns, primary name first; empty for entities the search does not cover.</summary>
    public abstract IReadOnlyList<EntityName> NamesOf(object entity);

    /// <summary>
    /// Its section of the JSON data files, which the importer reads, checks and upserts after the format's own
    /// sections; null when data files do not carry it (or carry it in a section the format spells out itself).
    /// </summary>
    internal ImportSection? Import
    {
        get;
        init => field = value is null || HasOwnKey ? OwnHook(value, value?.EntityType)
            : throw new ArgumentException($"A section's records are matched to rows by their own key, which {Name} has not.", nameof(value));
    }

    /// <summary>
    /// How the synthetic generator adds its rows, after its own steps; null when generated graphs have none (or
    /// the generator adds them in a step of its own).
    /// </summary>
    internal SyntheticStep? Synthetic { get; init => field = OwnHook(value, value?.EntityType); }

    private THook? OwnHook<THook>(THook? hook, Type? entityType)
        where THook : class =>
        hook is null || entityType == ClrType ? hook
            : throw new ArgumentException($"The {typeof(THook).Name} of {entityType!.Name} cannot be declared on {Name}.", nameof(hook));
}

/// <summary>The definition of the entity type <typeparamref name="T"/>.</summary>
/// <param name="set">Its table.</param>
/// <param name="id">Its surrogate key.</param>
/// <param name="naturalKey">
/// Its natural key; an edge or list item composes its ends' keys with <see cref="EntityKeys.Compose(string, string)"/>,
/// which the query form spells out as SQL concatenation.
/// </param>
/// <param name="searchNames">Its name-like columns, primary name first; null when the search does not cover it.</param>
public sealed class EntityDefinition<T>(
    Func<KnowledgeGraphDbContext, IQueryable<T>> set,
    Expression<Func<T, int>> id,
    Expression<Func<T, string>>? naturalKey,
    Func<T, IReadOnlyList<EntityName>>? searchNames = null) : EntityDefinition
    where T : class
{
    private readonly Func<T, int> _id = id.Compile();
    private readonly Func<T, string>? _key = naturalKey?.Compile();
    private readonly Expression<Func<T, EntityKeyRow>>? _keyRow = naturalKey is null ? null : NaturalKeyExpressions.Row(id, naturalKey);

    public override Type ClrType => typeof(T);

    public override bool IsSearchable => searchNames is not null;

    public override bool HasNaturalKey => naturalKey is not null;

    public override bool HasOwnKey => naturalKey?.Body is MemberExpression { Expression: ParameterExpression };

    /// <summary>The table of <typeparamref name="T"/>.</summary>
    public Func<KnowledgeGraphDbContext, IQueryable<T>> Set => set;

    /// <summary>The surrogate key, for node IDs and lookups.</summary>
    public Expression<Func<T, int>> Id => id;

    /// <summary>The natural key in the form the database translates (a composed key as concatenation), or null when there is none.</summary>
    public Expression<Func<T, string>>? NaturalKey => _keyRow is null ? null
        : Expression.Lambda<Func<T, string>>(((MemberAssignment)((MemberInitExpression)_keyRow.Body).Bindings[1]).Expression, _keyRow.Parameters);

    // SQL: SELECT Id, <natural key> FROM <table>, the key concatenated with '/' for edges and list items
    public override IQueryable<EntityKeyRow> Keys(KnowledgeGraphDbContext db) =>
        set(db).Select(_keyRow ?? throw new InvalidOperationException($"{Name} has no natural key."));

    public override async Task<List<object>> LoadAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken) =>
        [.. await set(db).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)];

    public override async Task<IDictionary?> TrackAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        List<T> rows = await set(db).ToListAsync(cancellationToken).ConfigureAwait(false);
        return HasOwnKey ? rows.ToDictionary(_key!, StringComparer.Ordinal) : null;
    }

    public override int IdOf(object entity) => _id((T)entity);

    public override string KeyOf(object entity) =>
        (_key ?? throw new InvalidOperationException($"{Name} has no natural key."))((T)entity);

    public override IReadOnlyList<EntityName> NamesOf(object entity) => searchNames?.Invoke((T)entity) ?? [];
}
