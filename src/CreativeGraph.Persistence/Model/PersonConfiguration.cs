using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CreativeGraph.Persistence.Model;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Property(e => e.Slug).HasMaxLength(ModelConventions.SlugLength);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Role).HasMaxLength(ModelConventions.NameLength);
        builder.Property(e => e.Email).HasMaxLength(ModelConventions.NameLength)
            .HasAnnotation(KnowledgeGraphAnnotations.PersonalData, true);
        builder.HasOne(e => e.Partner).WithMany(p => p!.People).HasForeignKey(e => e.PartnerId).OnDelete(DeleteBehavior.Restrict);
    }
}
