using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class FactSourceConfiguration : IEntityTypeConfiguration<FactSource>
{
    public void Configure(EntityTypeBuilder<FactSource> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.EntityKey).HasMaxLength(ModelConventions.SlugLength * 2);
        builder.HasIndex(e => new { e.EntityType, e.EntityKey, e.SourceId }).IsUnique();
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
