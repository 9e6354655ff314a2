using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Collaboration;

/// <summary>The names of partners computed in memory (centrality, timelines), read in one statement to filter and order by.</summary>
internal static class PartnerNames
{
    public static async Task<Dictionary<int, string>> LoadAsync(IDbContextFactory<KnowledgeGraphDbContext> contexts, IReadOnlyCollection<int> partners, CancellationToken cancellationToken)
    {
        if (partners.Count == 0)
        {
            return [];
        }

        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            int[] ids = [.. partners];
            return await db.Partners.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name })
                .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken).ConfigureAwait(false);
        }
    }
}
