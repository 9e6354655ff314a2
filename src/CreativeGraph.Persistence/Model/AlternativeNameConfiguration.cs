using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class AlternativeNameConfiguration : IEntityTypeConfiguration<AlternativeName>
{
    public void Configure(EntityTypeBuilder<AlternativeName> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.EntityKey).HasMaxLength(ModelConventions.SlugLength * 2);
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Language).HasMaxLength(ModelConventions.LanguageLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.HasIndex(e => new { e.EntityType, e.EntityKey, e.Name, e.Language }).IsUnique();
        builder.HasIndex(e => e.Name);
        builder.HasOne(e => e.Source).WithMany().HasForeignKey(e => e.SourceId).OnDelete(DeleteBehavior.Restrict);
    }
}
