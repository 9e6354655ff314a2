using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.AnnualFee).HasPrecision(14, 2);
        builder.Property(e => e.AnnualFeeCurrency).HasMaxLength(3).IsFixedLength();
        builder.Property(e => e.AnnualFeePurpose).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Description).HasMaxLength(ModelConventions.TextLength);
    }
}
