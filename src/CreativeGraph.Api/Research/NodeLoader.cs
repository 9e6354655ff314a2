using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research;

/// <summary>
/// The entities behind traversal results (typed <c>Node</c> in GraphQL, resolved by their runtime type): the
/// nodes of one wave are fetched together, one statement per entity type.
/// </summary>
internal sealed class NodeLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts) : BatchDataLoader<NodeRef, object>
{
    protected override async Task<IReadOnlyDictionary<NodeRef, object>> LoadBatchAsync(IReadOnlyList<NodeRef> keys, CancellationToken cancellationToken)
    {
        Dictionary<NodeRef, object> found = [];
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            foreach (IGrouping<NodeKind, NodeRef> group in keys.GroupBy(k => k.Kind))
            {
                int[] ids = [.. group.Select(k => k.Id)];
                IEnumerable<(int Id, object Row)> rows = group.Key switch
                {
                    NodeKind.Country => (await db.Countries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Region => (await db.Regions.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.City => (await db.Cities.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Partner => (await db.Partners.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Person => (await db.People.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Project => (await db.Projects.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Programme => (await db.Programmes.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Network => (await db.Networks.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Forum => (await db.Forums.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    NodeKind.Event => (await db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                    _ => (await db.Sectors.AsNoTracking().Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(e => (e.Id, (object)e)),
                };
                foreach ((int id, object row) in rows)
                {
                    found[new NodeRef(group.Key, id)] = row;
                }
            }
        }

        return found;
    }
}
