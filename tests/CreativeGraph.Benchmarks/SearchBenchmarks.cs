using BenchmarkDotNet.Attributes;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Search;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Benchmarks;

/// <summary>
/// The search query on the synthetic 100 000-partner graph in SQLite (the default provider): the first page as
/// the API asks for it (11 rows, ranked), and the count behind <c>totalCount</c>.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "creativegraph-bench-" + Guid.NewGuid().ToString("N"));
    private DbContextOptions<SqliteKnowledgeGraphDbContext> _options = null!;

    /// <summary>A person's surname (few hits, accent-folded: Horváth), a word in thousands of names, a term no name has.</summary>
    [Params("horvath", "creative", "qqxz")]
    public string Term { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_directory);
        _options = new DbContextOptionsBuilder<SqliteKnowledgeGraphDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_directory, "graph.db")}").Options;
        using SqliteKnowledgeGraphDbContext db = new(_options);
        db.Database.Migrate();
        SyntheticGraphWriter.WriteAsync(db, SyntheticGraph.Generate(new SyntheticGraphOptions { Seed = 1 })).GetAwaiter().GetResult();
        Console.WriteLine($"// {db.SearchNames.Count()} search rows, {db.Partners.Count()} partners");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public async Task<int> FirstPage()
    {
        await using SqliteKnowledgeGraphDbContext db = new(_options);
        List<SearchHit> page = await KnowledgeGraphSearch.Find(db, SearchNormalizer.Normalize(Term))
            .OrderBy(h => h.Match).ThenBy(h => h.NormalizedName).ThenBy(h => h.EntityType).ThenBy(h => h.EntityId).ThenBy(h => h.Id)
            .Take(11)
            .ToListAsync();
        return page.Count;
    }

    [Benchmark]
    public async Task<int> TotalCount()
    {
        await using SqliteKnowledgeGraphDbContext db = new(_options);
        return await KnowledgeGraphSearch.Find(db, SearchNormalizer.Normalize(Term)).CountAsync();
    }
}
