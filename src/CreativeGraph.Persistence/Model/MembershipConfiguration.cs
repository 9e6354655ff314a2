using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasIndex(e => new { e.NetworkId, e.RegionId }).IsUnique();
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Note).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.Network).WithMany(n => n.Memberships).HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Region).WithMany(r => r.Memberships).HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.JoinedAtForum).WithMany(f => f!.AdmittedMemberships).HasForeignKey(e => e.JoinedAtForumId).OnDelete(DeleteBehavior.Restrict);
    }
}
