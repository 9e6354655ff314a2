using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Persistence.Entities;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// The worked example's entity type, a festival of a network, declared as its slice
/// (<c>KnowledgeGraph/Entities/FestivalEntity.cs</c>) would declare it, with its SDL type.
/// </summary>
internal static class FestivalSlice
{
    public const string Sdl = """
        "A festival of a network."
        type Festival {
          "The stable slug."
          slug: String!
          "The festival's name."
          name: String!
          "The year it took place."
          year: Int!
        }
        """;

    public static GraphEntity<Festival> Festival { get; } = new(new EntityDefinition<Festival>(
        db => db.Set<Festival>(), e => e.Id, e => e.Slug, e => [EntityName.Primary(e.Name)]))
    {
        IsNode = true,
        Filterable = ["Id", "Slug", "Name", "Year"],
        List = new("festivals", "Every festival, oldest first.", "Every festival, oldest first, a segment at a time.", ("year", false)),
        Lookup = new("festival", "A festival by its slug."),
        Find = (db, slug) => db.Set<Festival>().Where(f => f.Slug == slug),
        SearchDescription = "Festivals (`Festival`).",
        Traversal = new()
        {
            IsNode = true,
            Relations = [new("FestivalOf", "Festival → the network whose festival it is.")],
            Edges = [new("FestivalOf", null, [new("Network", f => f.NetworkId)])],
            // A festival is active throughout its year.
            Active = new(f => FirstDay(f.Year), f => LastDay(f.Year)),
            Export = new()
            {
                Label = f => f.Name,
                Attributes = [new("slug", ExportType.String, f => f.Slug), new("year", ExportType.Int, f => f.Year), new("visitors", ExportType.Int, f => f.Visitors)],
            },
        },
    };

    internal static DateOnly? FirstDay(int year) => new DateOnly(year, 1, 1);

    internal static DateOnly? LastDay(int year) => new DateOnly(year, 12, 31);
}

/// <summary>The tiny entity of the example: a surrogate key, a natural key, a name, a year, a count and its network.</summary>
internal sealed class Festival
{
    public int Id { get; set; }

    public string Slug { get; set; } = "";

    public string Name { get; set; } = "";

    public int Year { get; set; }

    public int? Visitors { get; set; }

    public int? NetworkId { get; set; }
}
