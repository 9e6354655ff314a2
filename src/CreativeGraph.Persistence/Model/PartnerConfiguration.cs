using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();

        // The default order of partners, key last (see ProjectConfiguration).
        builder.HasIndex(e => new { e.Name, e.Id });
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Acronym).HasMaxLength(ModelConventions.SlugLength);
        builder.Property(e => e.LocalName).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.LocalNameLanguage).HasMaxLength(ModelConventions.LanguageLength);
        builder.Property(e => e.Department).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Website).HasMaxLength(ModelConventions.UrlLength);
        builder.Property(e => e.WebsiteAsWritten).HasMaxLength(ModelConventions.UrlLength);
        builder.Property(e => e.Address).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.PostalCode).HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Description).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.City).WithMany(c => c!.Partners).HasForeignKey(e => e.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Region).WithMany(r => r!.DirectPartners).HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Country).WithMany(c => c!.Partners).HasForeignKey(e => e.CountryId).OnDelete(DeleteBehavior.Restrict);
    }
}
