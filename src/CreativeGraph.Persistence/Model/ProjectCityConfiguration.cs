using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ProjectCityConfiguration : IEntityTypeConfiguration<ProjectCity>
{
    public void Configure(EntityTypeBuilder<ProjectCity> builder)
    {
        builder.HasIndex(e => new { e.ProjectId, e.CityId }).IsUnique();
        builder.HasOne(e => e.Project).WithMany(p => p.Cities).HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.City).WithMany(c => c.ProjectCities).HasForeignKey(e => e.CityId).OnDelete(DeleteBehavior.Restrict);
    }
}
