using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();

        // The default order of projects (acronym) and the usual one of lists (title), key last: a page reads the first
        // rows of the index instead of sorting the table.
        builder.HasIndex(e => new { e.Acronym, e.Id });
        builder.HasIndex(e => new { e.Title, e.Id });
        builder.Property(e => e.Acronym).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Title).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.LocalTitle).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.LocalTitleLanguage).HasMaxLength(ModelConventions.LanguageLength);
        builder.Property(e => e.StartDatePrecision).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.EndDatePrecision).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Budget).HasPrecision(14, 2);
        builder.Property(e => e.BudgetCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.EuCofinancingRate).HasPrecision(5, 2);
        builder.Property(e => e.Website).HasMaxLength(ModelConventions.UrlLength);
        builder.Property(e => e.Summary).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.Programme).WithMany(p => p!.Projects).HasForeignKey(e => e.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.ParentProject).WithMany(p => p!.Subprojects).HasForeignKey(e => e.ParentProjectId).OnDelete(DeleteBehavior.Restrict);
    }
}
