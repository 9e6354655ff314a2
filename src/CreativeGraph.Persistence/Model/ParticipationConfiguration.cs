using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.HasIndex(e => new { e.ProjectId, e.PartnerId }).IsUnique();
        builder.Property(e => e.Role).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Note).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.Project).WithMany(p => p.Participations).HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Partner).WithMany(p => p.Participations).HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
