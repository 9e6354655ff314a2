using CreativeGraph.GraphQL.Execution;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Partnerships;

/// <summary>
/// The projects two partners share that are active in a period, for every (partner, collaborator, period) key of a
/// wave: one statement per period in the wave (a request usually asks for one).
/// </summary>
internal sealed class SharedProjectsLoader(IDbContextFactory<KnowledgeGraphDbContext> contexts) : BatchDataLoader<(int Partner, int Collaborator, Period Period), Project[]>
{
    protected override async Task<IReadOnlyDictionary<(int Partner, int Collaborator, Period Period), Project[]>> LoadBatchAsync(
        IReadOnlyList<(int Partner, int Collaborator, Period Period)> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<(int Partner, int Collaborator, Period Period), Project[]>();
        foreach (IGrouping<Period, (int Partner, int Collaborator, Period Period)> group in keys.GroupBy(k => k.Period))
        {
            foreach (var (pair, projects) in await LoadAsync([.. group.Select(k => (k.Partner, k.Collaborator))], group.Key, cancellationToken).ConfigureAwait(false))
            {
                result[(pair.Partner, pair.Collaborator, group.Key)] = projects;
            }
        }

        return result;
    }

    private async Task<Dictionary<(int Partner, int Collaborator), Project[]>> LoadAsync(
        IReadOnlyList<(int Partner, int Collaborator)> keys, Period period, CancellationToken cancellationToken)
    {
        int[] partners = [.. keys.Select(k => k.Partner).Distinct()];
        int[] collaborators = [.. keys.Select(k => k.Collaborator).Distinct()];
        KnowledgeGraphDbContext db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            // SQL: Participations a JOIN Participations b ON a.ProjectId = b.ProjectId JOIN Projects, both ends IN (…)
            var rows = await (
                from a in Partnerships.ActiveParticipations(db, period)
                join b in db.Participations on a.ProjectId equals b.ProjectId
                where partners.Contains(a.PartnerId) && collaborators.Contains(b.PartnerId)
                orderby a.Project.StartDate, a.Project.Acronym
                select new { Partner = a.PartnerId, Collaborator = b.PartnerId, a.Project })
                .AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            HashSet<(int, int)> wanted = [.. keys];
            return rows.Where(r => wanted.Contains((r.Partner, r.Collaborator)))
                .GroupBy(r => (r.Partner, r.Collaborator))
                .ToDictionary(g => g.Key, g => g.Select(r => r.Project).ToArray());
        }
    }
}
