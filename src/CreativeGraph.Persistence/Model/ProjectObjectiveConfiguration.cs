using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ProjectObjectiveConfiguration : IEntityTypeConfiguration<ProjectObjective>
{
    public void Configure(EntityTypeBuilder<ProjectObjective> builder)
    {
        builder.HasIndex(e => new { e.ProjectId, e.Ordinal }).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Text).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.Project).WithMany(p => p.Objectives).HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
