using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Fixtures;

public sealed class CitiesDbContext(DbContextOptions<CitiesDbContext> options) : DbContext(options)
{
    /// <summary>Called once the context is disposed (the fixture counts returned rentals).</summary>
    public Action? Disposed { get; init; }

    public DbSet<City> Cities => Set<City>();

    public DbSet<Region> Regions => Set<Region>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Participation> Participations => Set<Participation>();

    public DbSet<Fact> Facts => Set<Fact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<City>().HasMany(c => c.Districts).WithOne().HasForeignKey(d => d.CityId);
        modelBuilder.Entity<City>().HasOne(c => c.Region).WithMany(r => r.Cities).HasForeignKey(c => c.RegionId);
        modelBuilder.Entity<Partner>().HasOne(p => p.City).WithMany(c => c.Partners).HasForeignKey(p => p.CityId);
        modelBuilder.Entity<Project>().HasMany(p => p.Participations).WithOne(l => l.Project).HasForeignKey(p => p.ProjectId);
        modelBuilder.Entity<Participation>().HasOne(p => p.Partner).WithMany(p => p.Participations).HasForeignKey(p => p.PartnerId);
        modelBuilder.Entity<Participation>().HasIndex(p => new { p.ProjectId, p.PartnerId }).IsUnique();
        modelBuilder.Entity<Fact>().HasIndex(f => new { f.EntityType, f.EntityKey });
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.FindProperty("Id")!.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Disposed?.Invoke();
    }
}
