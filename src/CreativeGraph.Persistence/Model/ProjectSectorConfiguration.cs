using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ProjectSectorConfiguration : IEntityTypeConfiguration<ProjectSector>
{
    public void Configure(EntityTypeBuilder<ProjectSector> builder)
    {
        builder.HasIndex(e => new { e.ProjectId, e.SectorId }).IsUnique();
        builder.Property(e => e.LabelAsWritten).HasMaxLength(ModelConventions.NameLength);
        builder.HasOne(e => e.Project).WithMany(p => p.Sectors).HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Sector).WithMany(s => s.ProjectSectors).HasForeignKey(e => e.SectorId).OnDelete(DeleteBehavior.Restrict);
    }
}
