using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.HasOne(e => e.Country).WithMany(c => c.Cities).HasForeignKey(e => e.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Region).WithMany(r => r!.Cities).HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
