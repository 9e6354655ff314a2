using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CreativeGraph.Persistence.Tests.Sqlite;

/// <summary>The per-connection setup of the embedded database: pragmas and the <c>lower_invariant</c> function.</summary>
public sealed class SqliteTuningTests : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "creativegraph-tuning-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly ServiceProvider _services;

    public SqliteTuningTests() =>
        _services = new ServiceCollection()
            .AddKnowledgeGraphPersistence(new KnowledgeGraphDatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={_path}"))
            .BuildServiceProvider();

    public static TheoryData<string?> Texts => new()
    {
        null,
        "",
        "Aarhus",
        "ÅRHUS Århus ÆRØ",
        "ŁÓDŹ ČESKÝ ŐRSÉG ÉCOLE STRAẞE İSTANBUL ΣΊΣΥΦΟΣ",
        new string('A', 300) + "Z",
        new string('Ő', 300),
        "mixed ASCII then Ä",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task Lower_invariant_lowers_like_dotnet_invariant_culture(string? text)
    {
        await using KnowledgeGraphDbContext db = await _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using SqliteCommand command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = $"SELECT {SqliteTuning.LowerInvariantFunction}($text)";
        command.Parameters.AddWithValue("$text", (object?)text ?? DBNull.Value);

        object? lowered = await command.ExecuteScalarAsync();

        Assert.Equal(text?.ToLowerInvariant(), lowered as string);
    }

    [Fact]
    public async Task Each_connection_reads_through_a_memory_map_and_a_larger_page_cache()
    {
        await using KnowledgeGraphDbContext db = await _services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using SqliteCommand command = ((SqliteConnection)db.Database.GetDbConnection()).CreateCommand();
        command.CommandText = "PRAGMA cache_size";

        Assert.Equal(-SqliteTuning.CacheSizeKiB, Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
