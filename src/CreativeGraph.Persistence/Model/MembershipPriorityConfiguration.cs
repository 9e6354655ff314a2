using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class MembershipPriorityConfiguration : IEntityTypeConfiguration<MembershipPriority>
{
    public void Configure(EntityTypeBuilder<MembershipPriority> builder)
    {
        builder.HasIndex(e => new { e.MembershipId, e.Ordinal }).IsUnique();
        builder.Property(e => e.Text).HasMaxLength(ModelConventions.TextLength);
        builder.Property(e => e.LocalText).HasMaxLength(ModelConventions.NameLength);
        builder.HasOne(e => e.Membership).WithMany(m => m.Priorities).HasForeignKey(e => e.MembershipId).OnDelete(DeleteBehavior.Cascade);
    }
}
