using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class MembershipRepresentativeConfiguration : IEntityTypeConfiguration<MembershipRepresentative>
{
    public void Configure(EntityTypeBuilder<MembershipRepresentative> builder)
    {
        builder.HasIndex(e => new { e.MembershipId, e.PersonId }).IsUnique();
        builder.HasOne(e => e.Membership).WithMany(m => m.Representatives).HasForeignKey(e => e.MembershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Person).WithMany(p => p.Representations).HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
