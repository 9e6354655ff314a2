using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Seed;
using CreativeGraph.Persistence.Synthetic;
using CreativeGraph.Persistence.Tests.Entities;

namespace CreativeGraph.Persistence.Tests.Seed;

/// <summary>
/// Mistakes in declaring a section or a step are the declaration's author's, and are refused where they are made;
/// what a data file does wrong is reported as an import error (<see cref="NewEntityTypeStorageTests{TFixture}"/>).
/// </summary>
public sealed class DeclaredSectionTests
{
    [Fact]
    public void A_section_cannot_take_the_name_of_one_of_the_formats_own()
    {
        EntityDefinition<FestivalSlice.Festival> festival = new(db => db.Set<FestivalSlice.Festival>(), e => e.Id, e => e.Slug)
        {
            Import = Section("cities", r => r.Slug),
        };

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => KnowledgeGraphJson.Parse(new ImportFile("x.json", "{}"), [.. StoredEntities.All, festival]));

        Assert.Equal("Festival declares the section 'cities', which the data files already have.", error.Message);
    }

    [Fact]
    public void A_section_or_a_step_belongs_to_the_declaration_of_its_own_entity_type()
    {
        ArgumentException section = Assert.Throws<ArgumentException>(
            () => new EntityDefinition<Network>(db => db.Networks, e => e.Id, e => e.Slug) { Import = Section("festivals", r => r.Slug) });
        ArgumentException step = Assert.Throws<ArgumentException>(
            () => new EntityDefinition<Network>(db => db.Networks, e => e.Id, e => e.Slug) { Synthetic = new SyntheticStep<FestivalSlice.Festival>((_, _) => { }) });

        Assert.StartsWith("The ImportSection of Festival cannot be declared on Network.", section.Message, StringComparison.Ordinal);
        Assert.StartsWith("The SyntheticStep of Festival cannot be declared on Network.", step.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_entity_type_with_a_key_of_its_own_has_a_section()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(
            () => new EntityDefinition<FestivalSlice.Festival>(db => db.Set<FestivalSlice.Festival>(), e => e.Id, e => EntityKeys.Compose(e.Network.Slug, e.Slug))
            {
                Import = Section("festivals", r => r.Slug),
            });

        Assert.StartsWith("A section's records are matched to rows by their own key, which Festival has not.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_of_a_sections_record_is_one_of_its_properties()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Section("festivals", r => r.Slug + "-" + r.Network));

        Assert.StartsWith("The key of a section's record must be one of its properties.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_numbers_its_rows_by_position()
    {
        EntityDefinition<FestivalSlice.Festival> festival = new(db => db.Set<FestivalSlice.Festival>(), e => e.Id, e => e.Slug)
        {
            Synthetic = new SyntheticStep<FestivalSlice.Festival>((_, rows) => rows.Add(new FestivalSlice.Festival { Id = 7, Slug = "s1-x-7" })),
        };

        InvalidOperationException error = Assert.Throws<InvalidOperationException>(
            () => SyntheticGraph.Generate(new SyntheticGraphOptions { Partners = 2, Projects = 1, Countries = 1, Networks = 0, Events = 0, People = 0, Sources = 1, MaxPartnersPerProject = 2 }, [.. StoredEntities.All, festival]));

        Assert.Equal("The synthetic step of Festival gave its row 1 the key 7.", error.Message);
    }

    private static ImportSection<FestivalSlice.Festival, FestivalSlice.FestivalRecord> Section(
        string name, System.Linq.Expressions.Expression<Func<FestivalSlice.FestivalRecord, string>> key) =>
        new(name, key, r => r.Sources, (_, _) => { }, r => new FestivalSlice.Festival { Slug = r.Slug }, (_, _, _) => { });
}
