using CreativeGraph.Persistence.Tests.Fixtures;
using CreativeGraph.Persistence.Tests.Migrations;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Sqlite;

[Collection(SqliteCollection.Name)]
public sealed class MigrationSqliteTests(SqliteFixture fixture) : MigrationTests<SqliteFixture>(fixture)
{
    protected override string ExpectedProviderName => "Microsoft.EntityFrameworkCore.Sqlite";

    [Theory]
    [InlineData("""SELECT "Id" FROM "Projects" ORDER BY "Acronym", "Id" LIMIT 11""")]
    [InlineData("""SELECT "Id" FROM "Projects" ORDER BY "Title", "Id" LIMIT 11""")]
    [InlineData("""SELECT "Id" FROM "Partners" ORDER BY "Name", "Id" LIMIT 11""")]
    public async Task A_page_in_a_default_order_reads_an_index_instead_of_sorting(string page)
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();
        await db.Database.OpenConnectionAsync();
        await using System.Data.Common.DbCommand explain = db.Database.GetDbConnection().CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + page;
        List<string> plan = [];
        await using (System.Data.Common.DbDataReader reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("USING INDEX", StringComparison.Ordinal) || step.Contains("USING COVERING INDEX", StringComparison.Ordinal));
    }
}
