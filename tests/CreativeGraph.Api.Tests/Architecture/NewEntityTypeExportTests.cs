using System.Globalization;
using System.Xml.Linq;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Api.Research;
using CreativeGraph.Api.Research.Export;
using CreativeGraph.Api.Research.Index;
using CreativeGraph.Data.Relay;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// The worked example's <c>Festival</c> (<see cref="FestivalSlice"/>) in the research graph's readers that go to the
/// database: from its slice alone its rows are nodes of the export, with the attributes it declares (a new one after
/// the published ones) and its provenance, its edges go with them, and the period it declares is what the traversal
/// index holds for its nodes and what the index's fingerprint watches. The database is a throw-away SQLite file with
/// the knowledge graph's tables plus the festivals'.
/// </summary>
public sealed class NewEntityTypeExportTests : IAsyncLifetime
{
    private const string GraphMl = "{http://graphml.graphdrawing.org/xmlns}";

    private static readonly TraversalCatalog s_catalog = new([.. KnowledgeGraphEntities.All, FestivalSlice.Festival]);

    private readonly string _path = Path.Combine(Path.GetTempPath(), "creativegraph-festival-" + Guid.NewGuid().ToString("N") + ".db");
    private int _jazz;
    private int _folk;
    private int _network;

    public async Task InitializeAsync()
    {
        await using FestivalDbContext db = Context();
        await db.Database.EnsureCreatedAsync();
        var source = new Source { Slug = "festival-guide", FileName = "festivals.pdf", Title = "Festival guide", Language = "en" };
        var network = new Network { Slug = "festival-cities", Name = "Festival Cities" };
        var jazz = new Festival { Slug = "jazz-2024", Name = "Jazz, Blues & \"More\"", Year = 2024, Visitors = 12000 };
        var folk = new Festival { Slug = "folk-2019", Name = "Folk Days", Year = 2019 };
        db.AddRange(source, network, jazz, folk);
        await db.SaveChangesAsync();
        jazz.NetworkId = network.Id;
        db.FactSources.Add(new FactSource { EntityType = "Festival", EntityKey = "jazz-2024", SourceId = source.Id });
        await db.SaveChangesAsync();
        (_jazz, _folk, _network) = (jazz.Id, folk.Id, network.Id);
    }

    public Task DisposeAsync()
    {
        File.Delete(_path);
        return Task.CompletedTask;
    }

    [Fact]
    public void The_export_declares_a_declared_attribute_after_the_published_ones_and_refuses_one_name_with_two_types()
    {
        Assert.Equal([.. ExportAttributes.Default.Node, ("visitors", ExportType.Int)], new ExportAttributes(s_catalog).Node);

        var clashing = new GraphEntity<Festival>(FestivalSlice.Festival.Stored)
        {
            Traversal = new() { IsNode = true, Export = new() { Label = f => f.Name, Attributes = [new("year", ExportType.String, f => f.Slug)] } },
        };
        InvalidOperationException error = Assert.Throws<InvalidOperationException>(() => new ExportAttributes(new TraversalCatalog([.. KnowledgeGraphEntities.All, clashing])));
        Assert.Contains("year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_entity_types_rows_are_GraphML_nodes_with_their_attributes_sources_and_edges()
    {
        XDocument file = await ExportGraphMlAsync();

        // The keys as a GraphML reader resolves them: id → (name, type).
        Dictionary<string, (string Name, string Type)> keys = file.Root!.Elements(GraphMl + "key").Where(k => (string?)k.Attribute("for") == "node")
            .ToDictionary(k => (string)k.Attribute("id")!, k => ((string)k.Attribute("attr.name")!, (string)k.Attribute("attr.type")!));
        Assert.Equal(("visitors", "int"), keys.Values.Last());
        Assert.Contains(("year", "int"), keys.Values);

        XElement[] nodes = [.. file.Descendants(GraphMl + "node")];
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["type"] = "Festival",
                ["label"] = "Jazz, Blues & \"More\"",
                ["slug"] = "jazz-2024",
                ["year"] = "2024",
                ["visitors"] = "12000",
                ["sources"] = "festival-guide",
            },
            Data(Assert.Single(nodes, n => (string?)n.Attribute("id") == GlobalId.Encode("Festival", _jazz)), keys));
        Assert.Equal(
            new Dictionary<string, string> { ["type"] = "Festival", ["label"] = "Folk Days", ["slug"] = "folk-2019", ["year"] = "2019" },
            Data(Assert.Single(nodes, n => (string?)n.Attribute("id") == GlobalId.Encode("Festival", _folk)), keys));
        Assert.Equal(
            new Dictionary<string, string> { ["type"] = "Network", ["label"] = "Festival Cities", ["slug"] = "festival-cities" },
            Data(Assert.Single(nodes, n => (string?)n.Attribute("id") == GlobalId.Encode("Network", _network)), keys));

        // The festival's edge to its network, which both ends being written lets through.
        XElement edge = Assert.Single(file.Descendants(GraphMl + "edge"));
        Assert.Equal((GlobalId.Encode("Festival", _jazz), GlobalId.Encode("Network", _network)), ((string)edge.Attribute("source")!, (string)edge.Attribute("target")!));
        Assert.Contains(edge.Elements(GraphMl + "data"), d => (string)d == "FESTIVAL_OF");
    }

    [Fact]
    public async Task A_declared_active_period_is_what_the_index_holds_and_its_columns_change_the_fingerprint()
    {
        await using FestivalDbContext db = Context();
        string before = await GraphFingerprint.ComputeAsync(db, CancellationToken.None, s_catalog);
        AdjacencyIndex index = await AdjacencyIndexLoader.LoadAsync(db, before, CancellationToken.None, s_catalog);

        Assert.True(index.TryGetNode(new NodeRef(s_catalog.Node("Festival"), _jazz), out int jazz));
        Assert.Equal(Period.Years(2024, 2024), index.NodeSpan(jazz));
        Assert.True(index.TryGetNode(new NodeRef(NodeKind.Network, _network), out int network));
        Assert.True(index.NodeSpan(network).IsAll);

        // The year says when a festival is active, so moving one is a change of the index; renaming one is not.
        await db.Set<Festival>().Where(f => f.Id == _jazz).ExecuteUpdateAsync(u => u.SetProperty(f => f.Name, "Jazz Nights"));
        Assert.Equal(before, await GraphFingerprint.ComputeAsync(db, CancellationToken.None, s_catalog));
        await db.Set<Festival>().Where(f => f.Id == _jazz).ExecuteUpdateAsync(u => u.SetProperty(f => f.Year, 2025));
        Assert.NotEqual(before, await GraphFingerprint.ComputeAsync(db, CancellationToken.None, s_catalog));
    }

    private static Dictionary<string, string> Data(XElement node, Dictionary<string, (string Name, string Type)> keys) =>
        node.Elements(GraphMl + "data").ToDictionary(d => keys[(string)d.Attribute("key")!].Name, d => d.Value);

    private async Task<XDocument> ExportGraphMlAsync()
    {
        await using FestivalDbContext db = Context();
        await using FestivalDbContext lookup = Context();
        using var output = new MemoryStream();
        GraphFileWriter writer = GraphFileWriter.Create(ExportFormat.GraphMl, output, new ExportAttributes(s_catalog));
        await using (writer)
        {
            await GraphExporter.WriteAsync(new GraphExportReader(db, lookup, null, s_catalog), writer, null, CancellationToken.None);
        }

        output.Position = 0;
        return XDocument.Load(output);
    }

    private FestivalDbContext Context() => new(new DbContextOptionsBuilder<FestivalDbContext>()
        .UseSqlite(string.Create(CultureInfo.InvariantCulture, $"Data Source={_path};Pooling=False")).Options);

    /// <summary>The knowledge graph's model plus the festivals' table.</summary>
    private sealed class FestivalDbContext(DbContextOptions<FestivalDbContext> options) : KnowledgeGraphDbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Festival>().ToTable("Festivals");
        }
    }
}
