using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Description).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.Region).WithMany(r => r!.Programmes).HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ManagingBody).WithMany(p => p!.ManagedProgrammes).HasForeignKey(e => e.ManagingBodyId).OnDelete(DeleteBehavior.Restrict);
    }
}
