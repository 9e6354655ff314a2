using System.Globalization;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed.Documents;
using CreativeGraph.Persistence.Tests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence.Tests.Entities;

/// <summary>
/// The store's slice of the worked example of adding an entity type, as <c>src/CreativeGraph.Persistence</c> would
/// hold it: a <c>Festival</c> of a network (model class, configuration and one declaration in
/// <c>StoredEntities</c>), whose declaration also brings its section of the JSON data files and its step of the
/// synthetic generator. Nothing else in the store names it.
/// </summary>
internal static class FestivalSlice
{
    /// <summary>The declaration, as <c>StoredEntities</c> would hold it.</summary>
    public static readonly EntityDefinition<Festival> Declaration = new(db => db.Set<Festival>(), e => e.Id, e => e.Slug, e => [EntityName.Primary(e.Name)])
    {
        // The "festivals" section of the data files: references by natural key, checks, upsert by slug.
        Import = new ImportSection<Festival, FestivalRecord>(
            "festivals",
            key: r => r.Slug,
            sources: r => r.Sources,
            validate: (check, r) =>
            {
                check.Text("name", r.Name);
                check.Range("year", r.Year, 1900, 2200);
                check.Reference("network", r.Network, StoredEntities.Network);
                check.Unique("festival", "year", EntityKeys.Compose(r.Network, r.Year));
            },
            create: r => new Festival { Slug = r.Slug, Name = r.Name },
            update: (r, e, index) =>
            {
                e.Name = r.Name;
                e.Year = r.Year;
                e.Network = index.Get(StoredEntities.Network, r.Network);
            },
            names: r => r.Names),

        // One to three yearly festivals of every generated network.
        Synthetic = new SyntheticStep<Festival>((step, rows) =>
        {
            foreach (Network network in step.Rows(StoredEntities.Network))
            {
                int first = 2005 + step.Next(15);
                int editions = step.Between(1, 3);
                string town = step.Place();
                for (int year = first; year < first + editions; year++)
                {
                    int id = rows.Count + 1;
                    string name = string.Create(CultureInfo.InvariantCulture, $"{town} Festival {year}");
                    rows.Add(new Festival { Id = id, Slug = step.Slug(name, id), Name = name, Year = year, NetworkId = network.Id });
                }
            }
        }),
    };

    /// <summary>The entity types of the store with the festival's declaration last, as <c>StoredEntities.All</c> would list them.</summary>
    public static IReadOnlyList<EntityDefinition> Entities { get; } = [.. StoredEntities.All, Declaration];

    /// <summary>The tiny entity of the example: a surrogate key, a natural key, a name, a year and its network.</summary>
    public sealed class Festival
    {
        public int Id { get; set; }

        public string Slug { get; set; } = "";

        public string Name { get; set; } = "";

        public int Year { get; set; }

        public int NetworkId { get; set; }

        public Network Network { get; set; } = null!;
    }

    /// <summary>A record of the <c>festivals</c> section (<c>Seed/Documents/</c> would hold it).</summary>
    public sealed record FestivalRecord
    {
        public required string Slug { get; init; }

        public required string Name { get; init; }

        public required int Year { get; init; }

        public required string Network { get; init; }

        public IReadOnlyList<NameRecord> Names { get; init; } = [];

        public required IReadOnlyList<string> Sources { get; init; }
    }
}

/// <summary>The knowledge graph's model plus the festivals' table, on the provider and database of a test database.</summary>
internal sealed class FestivalDbContext(DbContextOptions<FestivalDbContext> options) : KnowledgeGraphDbContext(options)
{
    public static FestivalDbContext Over(TestDatabase database)
    {
        using KnowledgeGraphDbContext production = database.CreateContext();
        string connectionString = production.Database.GetConnectionString()!;
        var options = new DbContextOptionsBuilder<FestivalDbContext>();
        if (production.Database.IsSqlite())
        {
            options.UseSqlite(connectionString).AddInterceptors(new SqliteTuning.ConnectionInterceptor());
        }
        else
        {
            options.UseNpgsql(connectionString);
        }

        return new FestivalDbContext(options.Options);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<FestivalSlice.Festival>(festival =>
        {
            festival.ToTable("Festivals");
            festival.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
            festival.HasIndex(e => e.Slug).IsUnique();
            festival.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
            festival.HasOne(e => e.Network).WithMany().HasForeignKey(e => e.NetworkId);
        });
    }
}
