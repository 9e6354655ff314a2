using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Synthetic;

namespace CreativeGraph.Persistence.Tests.Synthetic;

/// <summary>The generator without a database: determinism, sizes, and the shape the brief asks for.</summary>
public sealed class SyntheticGraphTests
{
    private static readonly SyntheticGraphOptions s_small = new()
    {
        Seed = 7,
        Partners = 3_000,
        Projects = 400,
        Countries = 12,
        Programmes = 10,
        Networks = 4,
        Events = 200,
        People = 300,
        Sources = 8,
    };

    private static readonly SyntheticGraph s_graph = SyntheticGraph.Generate(s_small);

    [Fact]
    public void The_same_options_give_the_same_rows_and_another_seed_other_rows()
    {
        string first = Digest(s_graph);
        string again = Digest(SyntheticGraph.Generate(s_small));
        SyntheticGraphOptions other = Clone(s_small);
        other.Seed = 8;

        Assert.Equal(first, again);
        Assert.NotEqual(first, Digest(SyntheticGraph.Generate(other)));
    }

    [Fact]
    public void Sizes_follow_the_options()
    {
        Assert.Equal(3_000, s_graph.Partners.Count);
        Assert.Equal(400, s_graph.Projects.Count);
        Assert.Equal(12, s_graph.Countries.Count);
        Assert.Equal(10, s_graph.Programmes.Count);
        Assert.Equal(4, s_graph.Networks.Count);
        Assert.Equal(200, s_graph.Events.Count);
        Assert.Equal(300, s_graph.People.Count);
        Assert.Equal(8, s_graph.Sources.Count);
        Assert.InRange(s_graph.Regions.Count, 12 * 4, 12 * 12);
        Assert.InRange(s_graph.Cities.Count, s_graph.Regions.Count, s_graph.Regions.Count * 11);
    }

    [Fact]
    public void Every_project_has_between_two_and_thirty_distinct_partners_and_one_lead_partner()
    {
        var byProject = s_graph.Participations.GroupBy(p => p.ProjectId).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(s_graph.Projects.Count, byProject.Count);
        Assert.All(byProject.Values, participations =>
        {
            Assert.InRange(participations.Count, 2, 30);
            Assert.Equal(participations.Count, participations.Select(p => p.PartnerId).Distinct().Count());
            Assert.Single(participations, p => p.Role == ParticipationRole.LeadPartner);
        });

        // Small consortia are common, large ones rare, and some partners take part in many projects.
        double mean = byProject.Values.Average(p => p.Count);
        Assert.InRange(mean, 6, 16);
        int busiest = s_graph.Participations.GroupBy(p => p.PartnerId).Max(g => g.Count());
        Assert.True(busiest >= 10, $"the busiest partner takes part in {busiest} projects");
    }

    [Fact]
    public void Every_reference_points_to_a_generated_row()
    {
        Assert.All(s_graph.Regions, r => Assert.InRange(r.CountryId, 1, s_graph.Countries.Count));
        Assert.All(s_graph.Cities, c => Assert.True(c.RegionId is null || s_graph.Regions[c.RegionId.Value - 1].CountryId == c.CountryId));
        Assert.All(s_graph.Partners, p =>
        {
            Assert.True(p.CityId is not null || p.RegionId is not null || p.CountryId is not null);
            Assert.True(p.CityId is null || s_graph.Cities[p.CityId.Value - 1].CountryId == p.CountryId);
        });
        Assert.All(s_graph.Participations, p => Assert.InRange(p.PartnerId, 1, s_graph.Partners.Count));
        Assert.All(s_graph.ProjectCities, c => Assert.InRange(c.CityId, 1, s_graph.Cities.Count));
        Assert.All(s_graph.Memberships, m => Assert.InRange(m.RegionId, 1, s_graph.Regions.Count));
        Assert.All(s_graph.Forums, f => Assert.Contains(s_graph.Memberships, m => m.NetworkId == f.NetworkId && m.RegionId == f.HostRegionId));
        Assert.All(s_graph.Events, e => Assert.True(e.ProjectId is not null || e.NetworkId is not null || e.CityId is not null));
        Assert.All(s_graph.Projects, p => Assert.True(p.ParentProjectId is null || p.ParentProjectId < p.Id));
    }

    [Fact]
    public void Every_entity_and_edge_cites_a_generated_source()
    {
        HashSet<(string, string)> cited = [.. s_graph.FactSources.Select(f => (f.EntityType, f.EntityKey))];
        string Slug<T>(List<T> rows, int id, Func<T, string> slug) => slug(rows[id - 1]);

        var expected = new List<(string, string)>();
        expected.AddRange(s_graph.Partners.Select(p => (EntityTypes.Partner, p.Slug)));
        expected.AddRange(s_graph.Projects.Select(p => (EntityTypes.Project, p.Slug)));
        expected.AddRange(s_graph.Countries.Select(c => (EntityTypes.Country, c.Code)));
        expected.AddRange(s_graph.Events.Select(e => (EntityTypes.Event, e.Slug)));
        expected.AddRange(s_graph.Participations.Select(p => (EntityTypes.Participation,
            EntityKeys.Compose(Slug(s_graph.Projects, p.ProjectId, x => x.Slug), Slug(s_graph.Partners, p.PartnerId, x => x.Slug)))));
        expected.AddRange(s_graph.Memberships.Select(m => (EntityTypes.Membership,
            EntityKeys.Compose(Slug(s_graph.Networks, m.NetworkId, x => x.Slug), Slug(s_graph.Regions, m.RegionId, x => x.Slug)))));
        expected.AddRange(s_graph.ProjectSectors.Select(s => (EntityTypes.ProjectSector,
            EntityKeys.Compose(Slug(s_graph.Projects, s.ProjectId, x => x.Slug), Slug(s_graph.Sectors, s.SectorId, x => x.Slug)))));

        Assert.DoesNotContain(expected, key => !cited.Contains(key));
        Assert.All(s_graph.FactSources, f => Assert.InRange(f.SourceId, 1, s_graph.Sources.Count));
        Assert.Equal(s_graph.FactSources.Count, s_graph.FactSources.Select(f => (f.EntityType, f.EntityKey, f.SourceId)).Distinct().Count());
    }

    [Fact]
    public void Natural_keys_are_unique_and_fit_their_columns()
    {
        foreach (IEnumerable<string> slugs in new[]
        {
            s_graph.Partners.Select(p => p.Slug), s_graph.Projects.Select(p => p.Slug), s_graph.Cities.Select(c => c.Slug),
            s_graph.Regions.Select(r => r.Slug), s_graph.Events.Select(e => e.Slug), s_graph.Forums.Select(f => f.Slug),
            s_graph.People.Select(p => p.Slug), s_graph.Projects.Select(p => p.Acronym),
        })
        {
            List<string> list = [.. slugs];
            Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
            Assert.All(list, s => Assert.InRange(s.Length, 1, 120));
        }

        Assert.All(s_graph.Partners, p => Assert.StartsWith("s7-", p.Slug, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(SyntheticGraphOptions.Partners), 1)]
    [InlineData(nameof(SyntheticGraphOptions.Countries), 99)]
    [InlineData(nameof(SyntheticGraphOptions.MaxPartnersPerProject), 1)]
    public void Options_out_of_range_are_refused_by_name(string option, int value)
    {
        SyntheticGraphOptions options = Clone(s_small);
        typeof(SyntheticGraphOptions).GetProperty(option)!.SetValue(options, value);

        ArgumentOutOfRangeException error = Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGraph.Generate(options));
        Assert.Equal(option, error.ParamName);
    }

    private static SyntheticGraphOptions Clone(SyntheticGraphOptions options) =>
        JsonSerializer.Deserialize<SyntheticGraphOptions>(JsonSerializer.Serialize(options))!;

    /// <summary>A digest of every generated row, property by property.</summary>
    private static string Digest(SyntheticGraph graph)
    {
        var text = new StringBuilder();
        foreach (System.Reflection.PropertyInfo list in typeof(SyntheticGraph).GetProperties().Where(p => p.PropertyType.IsGenericType))
        {
            foreach (object row in (System.Collections.IEnumerable)list.GetValue(graph)!)
            {
                foreach (System.Reflection.PropertyInfo property in row.GetType().GetProperties().Where(p => p.PropertyType.IsValueType || p.PropertyType == typeof(string)))
                {
                    text.Append(Convert.ToString(property.GetValue(row), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
