using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ProjectResultConfiguration : IEntityTypeConfiguration<ProjectResult>
{
    public void Configure(EntityTypeBuilder<ProjectResult> builder)
    {
        builder.HasIndex(e => new { e.ProjectId, e.Ordinal }).IsUnique();
        builder.Property(e => e.Title).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.LocalTitle).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.LocalTitleLanguage).HasMaxLength(ModelConventions.LanguageLength);
        builder.Property(e => e.Description).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.Project).WithMany(p => p.Results).HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
