using CreativeGraph.Api.Research.Traversal;
using CreativeGraph.Persistence.Synthetic;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>One small synthetic graph in SQLite, its reference view, and the traversals over it, shared by a test class.</summary>
public sealed class SyntheticGraphFixture : IAsyncLifetime
{
    private SyntheticDatabase? _database;

    internal SyntheticDatabase Database => _database!;

    internal ReferenceGraph Reference { get; private set; } = null!;

    internal ResearchGraph Research { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await SyntheticDatabase.CreateAsync(new SyntheticGraphOptions
        {
            Seed = 11,
            Partners = 900,
            Projects = 90,
            Countries = 6,
            RegionsPerCountry = 3,
            CitiesPerRegion = 3,
            Programmes = 6,
            Networks = 3,
            Events = 60,
            People = 80,
            Sources = 4,
            MaxPartnersPerProject = 12,
        });
        Reference = new ReferenceGraph(_database.Graph);
        Research = _database.Research();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
