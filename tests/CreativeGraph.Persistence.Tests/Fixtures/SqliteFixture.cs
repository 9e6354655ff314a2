using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Fixtures;

/// <summary>SQLite database files in a temporary directory.</summary>
public sealed class SqliteFixture : KnowledgeGraphFixture
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "creativegraph-tests-" + Guid.NewGuid().ToString("N"));

    public override Task<TestDatabase> CreateDatabaseAsync()
    {
        Directory.CreateDirectory(_directory);
        return Task.FromResult<TestDatabase>(new SqliteTestDatabase(Path.Combine(_directory, Guid.NewGuid().ToString("N") + ".db")));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    public sealed class SqliteTestDatabase(string path) : TestDatabase
    {
        public string FilePath { get; } = path;

        // No pooling: every context closes its file handle, so the file on disk is complete when hashed.
        public override KnowledgeGraphDbContext CreateContext() => new SqliteKnowledgeGraphDbContext(
            new DbContextOptionsBuilder<SqliteKnowledgeGraphDbContext>().UseSqlite($"Data Source={FilePath};Pooling=False").Options);

        /// <summary>Row digest plus the SHA-256 of the database file: a rejected import must not touch a byte.</summary>
        public override async Task<string> FingerprintAsync()
        {
            string rows = await base.FingerprintAsync();
            byte[] file = await File.ReadAllBytesAsync(FilePath);
            return rows + ":" + Convert.ToHexString(SHA256.HashData(file));
        }

        public override ValueTask DisposeAsync()
        {
            File.Delete(FilePath);
            return ValueTask.CompletedTask;
        }
    }
}
