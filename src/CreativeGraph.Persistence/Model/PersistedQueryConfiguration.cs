using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class PersistedQueryConfiguration : IEntityTypeConfiguration<PersistedQuery>
{
    public void Configure(EntityTypeBuilder<PersistedQuery> builder)
    {
        builder.HasKey(e => e.Hash);
        builder.Property(e => e.Hash).HasMaxLength(64);
    }
}
