using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Tests.Fixtures;

public sealed class CitiesDbContext(DbContextOptions<CitiesDbContext> options) : DbContext(options)
{
    public DbSet<City> Cities => Set<City>();

    public DbSet<Region> Regions => Set<Region>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<City>().HasMany(c => c.Districts).WithOne().HasForeignKey(d => d.CityId);
        modelBuilder.Entity<City>().HasOne(c => c.Region).WithMany().HasForeignKey(c => c.RegionId);
    }
}
