using CreativeGraph.Persistence.Model;
using CreativeGraph.Persistence.Search;

namespace CreativeGraph.Persistence.Import.Csv;

/// <summary>
/// Maps accepted rows onto the graph: each country, region, city, programme, project, organisation and participation
/// is matched to a stored entity (by ISO code; NUTS slug or name in the country; name in the country; programme name;
/// acronym within the programme; <see cref="OrganisationNameKey"/> in the country; the pair) or created once, and
/// every one of them, matched or new, cites the file's source.
/// </summary>
internal sealed class KeepEuImportPlanner
{
    private readonly StoredGraph _stored;
    private readonly KeepEuImportPlan _plan;
    private readonly Dictionary<Type, int> _nextId;
    private readonly HashSet<(string Type, int Id)> _matched = [];
    private readonly HashSet<(int Project, int Partner)> _matchedParticipations = [];
    private readonly HashSet<(int Project, int Partner)> _newParticipations = [];

    // What this file created, by the same keys as the stored dictionaries.
    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Id, string Slug)> _regions = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, string), (int Id, string Slug)> _cities = [];
    private readonly Dictionary<string, (int Id, string Slug)> _programmes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, int), (int Id, string Slug)> _projects = [];
    private readonly Dictionary<(string, int), (int Id, string Slug)> _partners = [];

    private KeepEuImportPlanner(StoredGraph stored, KeepEuImportPlan plan)
    {
        _stored = stored;
        _plan = plan;
        _nextId = new Dictionary<Type, int>(stored.MaxIds);
    }

    public static KeepEuImportPlan Plan(StoredGraph stored, string fileName, IReadOnlyList<KeepEuParticipation> lines)
    {
        Source source = stored.Source ?? new Source
        {
            Slug = stored.NewSlug(EntityTypes.Source, "keep eu " + Path.GetFileNameWithoutExtension(fileName)),
            FileName = fileName,
            Title = "keep.eu export " + fileName,
            Language = "en",
            Description = "A table of projects and partners in the layout of keep.eu's exports, imported with 'import --format csv'.",
        };
        var plan = new KeepEuImportPlan { Source = source, SourceIsNew = stored.Source is null };
        var planner = new KeepEuImportPlanner(stored, plan);
        if (plan.SourceIsNew)
        {
            source.Id = planner.NextId<Source>();
            planner.Cite(EntityTypes.Source, source.Slug);
        }

        foreach (KeepEuParticipation line in lines)
        {
            planner.Add(line);
        }

        return plan;
    }

    private void Add(KeepEuParticipation line)
    {
        int country = CountryOf(line);
        int? region = RegionOf(line, country);
        int? city = CityOf(line, country, region);
        (int programme, string _) = ProgrammeOf(line);
        (int project, string projectSlug) = ProjectOf(line, programme);
        (int partner, string partnerSlug) = PartnerOf(line, country, region, city);

        string key = EntityKeys.Compose(projectSlug, partnerSlug);
        if (_stored.Participations.Contains((project, partner)))
        {
            if (_matchedParticipations.Add((project, partner)))
            {
                _plan.Matched[EntityTypes.Participation] = _plan.Matched.GetValueOrDefault(EntityTypes.Participation) + 1;
            }
        }
        else if (_newParticipations.Add((project, partner)))
        {
            _plan.Participations.Add(new Participation { Id = NextId<Participation>(), ProjectId = project, PartnerId = partner, Role = line.Role });
        }

        Cite(EntityTypes.Participation, key);
    }

    private int CountryOf(KeepEuParticipation line)
    {
        if (_stored.CountriesByCode.TryGetValue(line.CountryCode, out (int Id, string Code) stored))
        {
            Match(EntityTypes.Country, stored.Id);
            Cite(EntityTypes.Country, stored.Code);
            return stored.Id;
        }

        if (!_countries.TryGetValue(line.CountryCode, out Country? created))
        {
            created = new Country { Id = NextId<Country>(), Code = line.CountryCode, Name = line.CountryName };
            _countries.Add(line.CountryCode, created);
            _plan.Countries.Add(created);
            Cite(EntityTypes.Country, created.Code);
        }

        return created.Id;
    }

    private int? RegionOf(KeepEuParticipation line, int country)
    {
        if (line.NutsCode is null && line.NutsName is null)
        {
            return null;
        }

        string nutsSlug = line.NutsCode is null ? "" : "nuts-" + SearchNormalizer.Normalize(line.NutsCode).Replace(' ', '-');
        string byName = line.NutsName is null ? "" : SearchNormalizer.Normalize(line.NutsName);
        string key = line.NutsCode is null ? country + ":" + byName : nutsSlug;
        if (_regions.TryGetValue(key, out (int Id, string Slug) known))
        {
            return known.Id;
        }

        if ((line.NutsCode is not null && _stored.RegionsBySlug.TryGetValue(nutsSlug, out known))
            || (line.NutsName is not null && _stored.RegionsByName.TryGetValue((country, byName), out known)))
        {
            Match(EntityTypes.Region, known.Id);
        }
        else
        {
            string slug = line.NutsCode is not null && _stored.SlugsOf(EntityTypes.Region).Add(nutsSlug) ? nutsSlug : _stored.NewSlug(EntityTypes.Region, line.NutsName ?? line.NutsCode!);
            var region = new Region { Id = NextId<Region>(), Slug = slug, Name = line.NutsName ?? line.NutsCode!, Kind = RegionKind.AdministrativeRegion, CountryId = country };
            _plan.Regions.Add(region);
            known = (region.Id, slug);
        }

        _regions[key] = known;
        Cite(EntityTypes.Region, known.Slug);
        return known.Id;
    }

    private int? CityOf(KeepEuParticipation line, int country, int? region)
    {
        if (line.City is null)
        {
            return null;
        }

        (int, string) key = (country, SearchNormalizer.Normalize(line.City));
        if (_cities.TryGetValue(key, out (int Id, string Slug) known))
        {
            return known.Id;
        }

        if (_stored.CitiesByName.TryGetValue(key, out known))
        {
            Match(EntityTypes.City, known.Id);
        }
        else
        {
            // Coordinates are not in the export: 0/0 until a source states them.
            var city = new City { Id = NextId<City>(), Slug = _stored.NewSlug(EntityTypes.City, line.City + " " + line.CountryCode), Name = line.City, CountryId = country, RegionId = region };
            _plan.Cities.Add(city);
            known = (city.Id, city.Slug);
        }

        _cities[key] = known;
        Cite(EntityTypes.City, known.Slug);
        return known.Id;
    }

    private (int Id, string Slug) ProgrammeOf(KeepEuParticipation line)
    {
        string key = SearchNormalizer.Normalize(line.Programme);
        if (_programmes.TryGetValue(key, out (int Id, string Slug) known))
        {
            return known;
        }

        if (_stored.ProgrammesByName.TryGetValue(key, out known))
        {
            Match(EntityTypes.Programme, known.Id);
        }
        else
        {
            var programme = new Programme
            {
                Id = NextId<Programme>(),
                Slug = _stored.NewSlug(EntityTypes.Programme, line.Programme),
                Name = line.Programme,
                Kind = ProgrammeKind.EuTerritorialCooperation,
                StartYear = line.PeriodStart,
                EndYear = line.PeriodEnd,
            };
            _plan.Programmes.Add(programme);
            known = (programme.Id, programme.Slug);
        }

        _programmes[key] = known;
        Cite(EntityTypes.Programme, known.Slug);
        return known;
    }

    private (int Id, string Slug) ProjectOf(KeepEuParticipation line, int programme)
    {
        (string, int) key = (line.ProjectKey.Acronym, programme);
        if (_projects.TryGetValue(key, out (int Id, string Slug) known))
        {
            return known;
        }

        if (_stored.ProjectsByKey.TryGetValue(key, out known))
        {
            Match(EntityTypes.Project, known.Id);
        }
        else
        {
            var project = new Project
            {
                Id = NextId<Project>(),
                Slug = _stored.NewSlug(EntityTypes.Project, line.Acronym),
                Acronym = line.Acronym,
                Title = line.Title ?? line.Acronym,
                Summary = "",
                ProgrammeId = programme,
                StartDate = line.StartDate,
                StartDatePrecision = line.StartDate is null ? null : DatePrecision.Day,
                EndDate = line.EndDate,
                EndDatePrecision = line.EndDate is null ? null : DatePrecision.Day,
                Budget = line.Budget,
                BudgetCurrency = line.Budget is null ? null : "EUR",
                EuCofinancingRate = line.EuCofinancingRate,
            };
            _plan.Projects.Add(project);
            known = (project.Id, project.Slug);
        }

        _projects[key] = known;
        Cite(EntityTypes.Project, known.Slug);
        return known;
    }

    private (int Id, string Slug) PartnerOf(KeepEuParticipation line, int country, int? region, int? city)
    {
        (string, int) key = (line.PartnerKey.Name, country);
        if (_partners.TryGetValue(key, out (int Id, string Slug) known))
        {
            return known;
        }

        if (_stored.PartnersByKey.TryGetValue(key, out known))
        {
            Match(EntityTypes.Partner, known.Id);
        }
        else
        {
            var partner = new Partner
            {
                Id = NextId<Partner>(),
                Slug = _stored.NewSlug(EntityTypes.Partner, line.PartnerName + " " + line.CountryCode),
                Name = line.PartnerName,
                CountryId = country,
                RegionId = region,
                CityId = city,
            };
            _plan.Partners.Add(partner);
            known = (partner.Id, partner.Slug);
        }

        _partners[key] = known;
        Cite(EntityTypes.Partner, known.Slug);
        return known;
    }

    private void Match(string type, int id)
    {
        if (_matched.Add((type, id)))
        {
            _plan.Matched[type] = _plan.Matched.GetValueOrDefault(type) + 1;
        }
    }

    private void Cite(string type, string key)
    {
        if (_stored.Citations.Add((type, key)))
        {
            _plan.FactSources.Add(new FactSource { Id = NextId<FactSource>(), EntityType = type, EntityKey = key, SourceId = _plan.Source.Id });
        }
    }

    private int NextId<T>() => _nextId[typeof(T)] = _nextId.GetValueOrDefault(typeof(T)) + 1;
}
