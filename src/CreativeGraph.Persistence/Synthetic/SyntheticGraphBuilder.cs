using System.Collections;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Synthetic;

/// <summary>
/// Builds a <see cref="SyntheticGraph"/> step by step, places first, then organisations, projects, networks and
/// provenance, then the steps entity declarations add (<see cref="SyntheticStep"/>). One random stream drives every
/// choice, so each step depends only on the options and the steps before it.
/// </summary>
internal sealed partial class SyntheticGraphBuilder
{
    /// <summary>"Today" of the synthetic graph: project status follows it, so the graph does not change with the clock.</summary>
    private static readonly DateOnly s_today = new(2026, 1, 1);

    private readonly SyntheticGraphOptions _options;
    private readonly IReadOnlyList<EntityDefinition> _entities;
    private readonly SyntheticRandom _random;
    private readonly SyntheticGraph _graph;
    private readonly string _prefix;

    // Indexes into the graph's lists, by position (Id - 1).
    private readonly List<List<int>> _citiesByRegion = [];
    private readonly List<List<int>> _partnersByCountry = [];
    private readonly List<int> _cityPopularity = [];
    private readonly List<List<int>> _programmeAreas = [];

    public SyntheticGraphBuilder(SyntheticGraphOptions options, IReadOnlyList<EntityDefinition> entities)
    {
        _options = options;
        _entities = entities;
        _random = new SyntheticRandom(options.Seed);
        _graph = new SyntheticGraph(options);
        _prefix = "s" + options.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public SyntheticGraph Build()
    {
        AddSources();
        AddPlaces();
        AddSectors();
        AddPartners();
        AddPeople();
        AddProgrammes();
        AddProjects();
        AddNetworks();
        AddEvents();
        AddDeclaredRows();
        return _graph;
    }

    /// <summary>The rows of the entity types that declare a step, each cited as the generator's own rows are.</summary>
    private void AddDeclaredRows()
    {
        var context = new SyntheticStepContext(_graph, _random, _prefix);
        foreach (EntityDefinition entity in _entities)
        {
            if (entity.Synthetic is not { } step)
            {
                continue;
            }

            IList rows = _graph.Rows(entity);
            int before = rows.Count;
            step.AddRows(context, rows);
            for (int i = before; i < rows.Count; i++)
            {
                if (entity.IdOf(rows[i]!) != i + 1)
                {
                    throw new InvalidOperationException($"The synthetic step of {entity.Name} gave its row {i + 1} the key {entity.IdOf(rows[i]!)}.");
                }

                Cite(entity.Name, entity.KeyOf(rows[i]!));
            }
        }
    }

    private void AddPlaces()
    {
        for (int c = 0; c < _options.Countries; c++)
        {
            (string code, string name) = SyntheticNames.Countries[c];
            _graph.Countries.Add(new Country { Id = c + 1, Code = code, Name = name });
            Cite(EntityTypes.Country, code);
            _partnersByCountry.Add([]);

            // A centre per country; its cities lie within a few degrees of it.
            double latitude = 37 + (_random.NextDouble() * 28);
            double longitude = -9 + (_random.NextDouble() * 38);
            int regions = _random.Between(Math.Max(1, _options.RegionsPerCountry / 2), Math.Max(1, _options.RegionsPerCountry * 3 / 2));
            for (int r = 0; r < regions; r++)
            {
                AddRegion(c, latitude, longitude);
            }
        }
    }

    private void AddRegion(int country, double latitude, double longitude)
    {
        int id = _graph.Regions.Count + 1;
        string name = SyntheticNames.Region(_random);
        var region = new Region
        {
            Id = id,
            Slug = SyntheticNames.Slug(_prefix, name, id),
            Name = name,
            Kind = _random.Chance(0.8) ? RegionKind.AdministrativeRegion : (_random.Chance(0.5) ? RegionKind.Province : RegionKind.State),
            CountryId = country + 1,
        };
        _graph.Regions.Add(region);
        Cite(StoredEntities.Region, region);
        _citiesByRegion.Add([]);

        int cities = _random.Between(1, Math.Max(1, (_options.CitiesPerRegion * 2) - 1));
        for (int i = 0; i < cities; i++)
        {
            int cityId = _graph.Cities.Count + 1;
            string cityName = SyntheticNames.Place(_random);
            var city = new City
            {
                Id = cityId,
                Slug = SyntheticNames.Slug(_prefix, cityName, cityId),
                Name = cityName,
                CountryId = country + 1,
                RegionId = _random.Chance(0.95) ? id : null,
                Latitude = Math.Round(latitude + ((_random.NextDouble() - 0.5) * 4), 4),
                Longitude = Math.Round(longitude + ((_random.NextDouble() - 0.5) * 6), 4),
            };
            _graph.Cities.Add(city);
            Cite(StoredEntities.City, city);
            _citiesByRegion[id - 1].Add(cityId - 1);
        }
    }

    private void AddSectors()
    {
        for (int i = 0; i < _options.Sectors; i++)
        {
            string name = SyntheticNames.Sectors[i];
            var sector = new Sector { Id = i + 1, Slug = SyntheticNames.Slug(_prefix, name, i + 1), Name = name };
            _graph.Sectors.Add(sector);
            Cite(StoredEntities.Sector, sector);
        }
    }

    /// <summary>A city, favouring a few big ones (in a shuffled order) that hold many organisations.</summary>
    private City SkewedCity()
    {
        if (_cityPopularity.Count == 0)
        {
            _cityPopularity.AddRange(Enumerable.Range(0, _graph.Cities.Count));
            _random.Shuffle(_cityPopularity);
        }

        return _graph.Cities[_cityPopularity[_random.Skewed(_cityPopularity.Count, 1.8)]];
    }
}
