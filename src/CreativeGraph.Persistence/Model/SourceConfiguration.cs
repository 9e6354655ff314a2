using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.FileName).HasMaxLength(ModelConventions.NameLength);
        builder.HasIndex(e => e.FileName).IsUnique();
        builder.Property(e => e.Title).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Language).HasMaxLength(ModelConventions.LanguageLength);
        builder.Property(e => e.Description).HasMaxLength(ModelConventions.TextLength);
    }
}
