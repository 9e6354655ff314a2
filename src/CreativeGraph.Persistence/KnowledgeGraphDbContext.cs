using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Persistence;

/// <summary>
/// The knowledge graph. Provider-neutral: the model is identical for SQLite and PostgreSQL; each provider has
/// its own subclass only so that each can own a migrations folder.
/// </summary>
public abstract class KnowledgeGraphDbContext : DbContext
{
    protected KnowledgeGraphDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Source> Sources => Set<Source>();

    public DbSet<FactSource> FactSources => Set<FactSource>();

    public DbSet<AlternativeName> AlternativeNames => Set<AlternativeName>();

    public DbSet<Country> Countries => Set<Country>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<City> Cities => Set<City>();

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Programme> Programmes => Set<Programme>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectObjective> ProjectObjectives => Set<ProjectObjective>();

    public DbSet<ProjectResult> ProjectResults => Set<ProjectResult>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<ProjectCity> ProjectCities => Set<ProjectCity>();

    public DbSet<ProjectRegion> ProjectRegions => Set<ProjectRegion>();

    public DbSet<ProjectSector> ProjectSectors => Set<ProjectSector>();

    public DbSet<Network> Networks => Set<Network>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<MembershipRepresentative> MembershipRepresentatives => Set<MembershipRepresentative>();

    public DbSet<MembershipPriority> MembershipPriorities => Set<MembershipPriority>();

    public DbSet<Forum> Forums => Set<Forum>();

    public DbSet<Event> Events => Set<Event>();

    /// <summary>Every name of every named entity, normalized for search (derived from the tables above).</summary>
    public DbSet<SearchName> SearchNames => Set<SearchName>();

    /// <summary>Documents registered through automatic persisted queries, shared by every API instance (not graph data).</summary>
    public DbSet<PersistedQuery> PersistedQueries => Set<PersistedQuery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeGraphDbContext).Assembly);
        SubstringIndex.Configure(modelBuilder);
    }
}
