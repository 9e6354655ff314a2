using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Search;

/// <summary>
/// Loads the entities of one page of search results: one <c>WHERE "Id" IN (…)</c> statement per entity type
/// on the page, with a DbContext of its own from the pooled factory.
/// </summary>
internal sealed class SearchNodesDataLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts)
    : BatchDataLoader<(string EntityType, int EntityId), object>
{
    protected override async Task<IReadOnlyDictionary<(string EntityType, int EntityId), object>> LoadBatchAsync(
        IReadOnlyList<(string EntityType, int EntityId)> keys,
        CancellationToken cancellationToken)
    {
        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        Dictionary<(string, int), object> found = [];
        foreach (IGrouping<string, (string EntityType, int EntityId)> group in keys.GroupBy(k => k.EntityType, StringComparer.Ordinal))
        {
            int[] ids = [.. group.Select(k => k.EntityId).Distinct()];
            foreach ((int id, object entity) in await LoadAsync(db, group.Key, ids, cancellationToken))
            {
                found[(group.Key, id)] = entity;
            }
        }

        return found;
    }

    // ids.Contains(e.Id) over a captured array  →  SQL: WHERE "Id" IN (SELECT value FROM json_each(@ids)), one parameter.
    private static Task<List<(int, object)>> LoadAsync(KnowledgeGraphDbContext db, string type, int[] ids, CancellationToken cancellationToken) => type switch
    {
        EntityTypes.Source => LoadAsync(db.Sources.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Country => LoadAsync(db.Countries.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Region => LoadAsync(db.Regions.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.City => LoadAsync(db.Cities.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Sector => LoadAsync(db.Sectors.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Partner => LoadAsync(db.Partners.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Person => LoadAsync(db.People.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Programme => LoadAsync(db.Programmes.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Project => LoadAsync(db.Projects.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Network => LoadAsync(db.Networks.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Forum => LoadAsync(db.Forums.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        EntityTypes.Event => LoadAsync(db.Events.Where(e => ids.Contains(e.Id)), e => e.Id, cancellationToken),
        _ => throw new InvalidOperationException($"The search table names an entity type it does not cover: {type}."),
    };

    private static async Task<List<(int, object)>> LoadAsync<T>(IQueryable<T> query, Func<T, int> key, CancellationToken cancellationToken)
        where T : class
    {
        List<T> rows = await query.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => (key(r), (object)r))];
    }
}
