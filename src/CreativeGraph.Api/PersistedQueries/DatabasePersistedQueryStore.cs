using CreativeGraph.GraphQL.AspNetCore;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.PersistedQueries;

/// <summary>
/// Automatic persisted queries in the database's <c>PersistedQueries</c> table, so that every API instance on one
/// database (PostgreSQL behind a load balancer) runs a query by hash once any instance has seen it. At most
/// <paramref name="maxStored"/> documents are kept; past that new ones still run but are not stored.
/// </summary>
internal sealed class DatabasePersistedQueryStore(IDbContextFactory<KnowledgeGraphDbContext> contexts, int maxStored) : IPersistedQueryStore
{
    public async ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken)
    {
        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.PersistedQueries.AsNoTracking()
            .Where(q => q.Hash == hash)
            .Select(q => q.Document)
            .FirstOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
    }

    public async ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        await using KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (await db.PersistedQueries.AnyAsync(q => q.Hash == hash, cancellationToken).ConfigureAwait(false)
            || await db.PersistedQueries.CountAsync(cancellationToken).ConfigureAwait(false) >= maxStored)
        {
            return;
        }

        db.PersistedQueries.Add(new PersistedQuery { Hash = hash, Document = document });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another instance stored the same document meanwhile (the key is taken): the hash says it is the same
            // text. Any other failure is the database's and surfaces again on the next statement.
        }
    }
}
