using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ProjectRegionConfiguration : IEntityTypeConfiguration<ProjectRegion>
{
    public void Configure(EntityTypeBuilder<ProjectRegion> builder)
    {
        builder.HasIndex(e => new { e.ProjectId, e.RegionId }).IsUnique();
        builder.HasOne(e => e.Project).WithMany(p => p.Regions).HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Region).WithMany(r => r.ProjectRegions).HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
