using System.Data.Common;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Startup;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>
/// The seeded graph's node and edge counts, counted with plain SQL on a freshly seeded database: nodes are the rows
/// of the eleven entity tables, edges the edge-table rows plus the foreign keys that are relations.
/// </summary>
internal static class SeededCounts
{
    private static readonly string[] s_nodeTables = ["Countries", "Regions", "Cities", "Partners", "People", "Projects", "Programmes", "Networks", "Forums", "Events", "Sectors"];

    private static readonly string[] s_edgeCounts =
    [
        "SELECT COUNT(*) FROM Participations",
        "SELECT COUNT(*) FROM Partners WHERE CityId IS NOT NULL OR RegionId IS NOT NULL OR CountryId IS NOT NULL",
        "SELECT COUNT(*) FROM Cities",
        "SELECT COUNT(*) FROM Regions",
        "SELECT COUNT(*) FROM ProjectCities",
        "SELECT COUNT(*) FROM ProjectRegions",
        "SELECT COUNT(*) FROM ProjectSectors",
        "SELECT COUNT(ProgrammeId) + COUNT(ParentProjectId) FROM Projects",
        "SELECT COUNT(RegionId) + COUNT(ManagingBodyId) FROM Programmes",
        "SELECT COUNT(*) FROM Memberships",
        "SELECT 2 * COUNT(*) + COUNT(HostCityId) FROM Forums",
        "SELECT COUNT(ProjectId) + COUNT(RegionId) + COUNT(CityId) + COUNT(NetworkId) + COUNT(ForumId) FROM Events",
        "SELECT COUNT(PartnerId) FROM People",
    ];

    private static readonly Lazy<Task<(long Nodes, long Edges)>> s_counts = new(CountAsync);

    public static Task<(long Nodes, long Edges)> GetAsync() => s_counts.Value;

    private static async Task<(long Nodes, long Edges)> CountAsync()
    {
        string path = Path.Combine(Path.GetTempPath(), "creativegraph-counts-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            await using var db = new SqliteKnowledgeGraphDbContext(new DbContextOptionsBuilder<SqliteKnowledgeGraphDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            await KnowledgeGraphDatabase.MigrateAndSeedAsync(db);
            DbConnection connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            long nodes = 0;
            foreach (string table in s_nodeTables)
            {
                nodes += await ScalarAsync(connection, $"SELECT COUNT(*) FROM {table}");
            }

            long edges = 0;
            foreach (string sql in s_edgeCounts)
            {
                edges += await ScalarAsync(connection, sql);
            }

            return (nodes, edges);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<long> ScalarAsync(DbConnection connection, string sql)
    {
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
