using CreativeGraph.Persistence.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class SearchNameConfiguration : IEntityTypeConfiguration<SearchName>
{
    public void Configure(EntityTypeBuilder<SearchName> builder)
    {
        builder.Property(e => e.EntityType).HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.NormalizedName).HasMaxLength(SearchNormalizer.MaxLength);
        builder.Property(e => e.Language).HasMaxLength(ModelConventions.LanguageLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);

        // Exact and prefix lookups; (type, entity) finds an entity's other matching names when picking its best one.
        builder.HasIndex(e => e.NormalizedName);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.Ordinal }).IsUnique();
    }
}
