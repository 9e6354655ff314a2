using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.DatePrecision).HasConversion<string>().HasMaxLength(ModelConventions.EnumLength);
        builder.Property(e => e.Theme).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Description).HasMaxLength(ModelConventions.TextLength);
        builder.HasOne(e => e.Region).WithMany(r => r!.Events).HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.City).WithMany(c => c!.Events).HasForeignKey(e => e.CityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Project).WithMany(p => p!.Events).HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Forum).WithMany(f => f!.Events).HasForeignKey(e => e.ForumId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Network).WithMany(n => n!.Events).HasForeignKey(e => e.NetworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
