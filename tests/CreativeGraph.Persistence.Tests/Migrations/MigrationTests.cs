using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Migrations;

/// <summary>
/// The migrations and model snapshot of each provider (made by <c>dotnet ef migrations add</c>) are correct: they
/// build the schema from nothing, and the snapshot agrees with the current model (no pending model changes).
/// </summary>
public abstract class MigrationTests<TFixture>(TFixture fixture)
    where TFixture : KnowledgeGraphFixture
{
    protected TFixture Fixture { get; } = fixture;

    protected abstract string ExpectedProviderName { get; }

    [DatabaseFact]
    public async Task Migrations_apply_cleanly_to_an_empty_database()
    {
        await using TestDatabase database = await Fixture.CreateDatabaseAsync();
        await using KnowledgeGraphDbContext db = database.CreateContext();

        Assert.Equal(ExpectedProviderName, db.Database.ProviderName);
        Assert.Equal(["InitialCreate", "AddSearchNames", "AddSortIndexes", "AddSubstringIndexes", "AddPersistedQueries"], db.Database.GetPendingMigrations().Select(m => m[15..]));

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Projects.CountAsync());
    }

    [DatabaseFact]
    public async Task Model_snapshot_matches_the_model()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the migrations' snapshot: add a migration.");
    }

    [DatabaseFact]
    public async Task Seeded_database_has_every_migration_applied()
    {
        await using KnowledgeGraphDbContext db = Fixture.CreateContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
