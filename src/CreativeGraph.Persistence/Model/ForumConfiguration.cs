using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ForumConfiguration : IEntityTypeConfiguration<Forum>
{
    public void Configure(EntityTypeBuilder<Forum> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => new { e.NetworkId, e.Ordinal }).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Website).HasMaxLength(ModelConventions.UrlLength);
        builder.HasOne(e => e.Network).WithMany(n => n.Forums).HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.HostRegion).WithMany(r => r.HostedForums).HasForeignKey(e => e.HostRegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.HostCity).WithMany(c => c!.HostedForums).HasForeignKey(e => e.HostCityId).OnDelete(DeleteBehavior.Restrict);
    }
}
