using System.Globalization;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Synthetic;

internal sealed partial class SyntheticGraphBuilder
{
    private void AddProjects()
    {
        var members = new HashSet<int>();
        var places = new HashSet<int>();
        for (int i = 0; i < _options.Projects; i++)
        {
            int id = i + 1;
            Project project = NewProject(id);
            _graph.Projects.Add(project);
            int source = Cite(StoredEntities.Project, project);

            List<int>? area = project.ProgrammeId is int programme ? _programmeAreas[programme - 1] : null;
            int size = _options.MinPartnersPerProject + _random.Skewed(_options.MaxPartnersPerProject - _options.MinPartnersPerProject + 1, 2.0);
            members.Clear();
            for (int attempt = 0; members.Count < size && attempt < size * 20; attempt++)
            {
                members.Add(PickMember(area));
            }

            AddParticipations(project, members, source);
            AddProjectPlaces(project, members, places, source);
            AddProjectSectors(project, places, source);
        }
    }

    private Project NewProject(int id)
    {
        string title = SyntheticNames.ProjectTitle(_random);
        string acronym = SyntheticNames.Acronym(title, id);
        int? programmeId = _random.Chance(0.9) ? _random.Between(1, _graph.Programmes.Count) : null;
        int firstYear = programmeId is int p ? _graph.Programmes[p - 1].StartYear!.Value : 2000 + _random.Next(25);
        int lastYear = programmeId is int q ? _graph.Programmes[q - 1].EndYear!.Value : firstYear + 6;
        DateOnly start = new DateOnly(_random.Between(firstYear, lastYear), _random.Between(1, 12), 1).AddDays(_random.Next(28));
        DateOnly end = start.AddMonths(_random.Between(12, 60)).AddDays(-1);
        return new Project
        {
            Id = id,
            Slug = SyntheticNames.Slug(_prefix, acronym, id),
            Acronym = acronym,
            Title = title,
            ProgrammeId = programmeId,
            ParentProjectId = id > 10 && _random.Chance(0.02) ? _random.Between(1, id - 1) : null,
            StartDate = start,
            StartDatePrecision = DatePrecision.Day,
            EndDate = end,
            EndDatePrecision = DatePrecision.Day,
            Status = end < s_today ? ProjectStatus.Finished : start > s_today ? ProjectStatus.Planned : ProjectStatus.Running,
            Budget = Math.Round((decimal)(200_000 + (_random.NextDouble() * 4_800_000)), 2),
            BudgetCurrency = "EUR",
            EuCofinancingRate = Math.Round((decimal)(50 + (_random.NextDouble() * 35)), 1),
            Website = _random.Chance(0.5) ? "https://" + acronym.ToLowerInvariant() + ".example" : null,
            Summary = string.Create(CultureInfo.InvariantCulture, $"Synthetic cooperation project {acronym} ({title}), generated with seed {_options.Seed}."),
        };
    }

    /// <summary>A partner, three times in four from the programme's countries, popular partners more often.</summary>
    private int PickMember(List<int>? area)
    {
        if (area is not null && _random.Chance(0.75))
        {
            List<int> partners = _partnersByCountry[_random.Pick(area)];
            if (partners.Count > 0)
            {
                return partners[_random.Skewed(partners.Count, 2.5)];
            }
        }

        List<int> country = _partnersByCountry[_random.Next(_partnersByCountry.Count)];
        return country.Count > 0 ? country[_random.Skewed(country.Count, 2.5)] : _random.Next(_graph.Partners.Count);
    }

    private void AddParticipations(Project project, HashSet<int> members, int source)
    {
        bool first = true;
        foreach (int member in members)
        {
            Partner partner = _graph.Partners[member];
            double roll = _random.NextDouble();
            var participation = new Participation
            {
                Id = _graph.Participations.Count + 1,
                ProjectId = project.Id,
                PartnerId = partner.Id,
                Role = first ? ParticipationRole.LeadPartner
                    : roll < 0.9 ? ParticipationRole.Partner
                    : roll < 0.97 ? ParticipationRole.CooperationPartner
                    : roll < 0.99 ? ParticipationRole.Funder : ParticipationRole.Initiator,
            };
            _graph.Participations.Add(participation);
            Cite(EntityTypes.Participation, EntityKeys.Compose(project.Slug, partner.Slug), source);
            first = false;
        }
    }

    /// <summary>Project cities (seven projects in ten) and regions (one in two), taken from the partners' places.</summary>
    private void AddProjectPlaces(Project project, HashSet<int> members, HashSet<int> places, int source)
    {
        if (_random.Chance(0.7))
        {
            places.Clear();
            foreach (int member in members)
            {
                if (_graph.Partners[member].CityId is int city && places.Count < 5 && places.Add(city))
                {
                    _graph.ProjectCities.Add(new ProjectCity { Id = _graph.ProjectCities.Count + 1, ProjectId = project.Id, CityId = city });
                    Cite(EntityTypes.ProjectCity, EntityKeys.Compose(project.Slug, _graph.Cities[city - 1].Slug), source);
                }
            }
        }

        if (_random.Chance(0.5))
        {
            places.Clear();
            foreach (int member in members)
            {
                Partner partner = _graph.Partners[member];
                int? region = partner.RegionId ?? (partner.CityId is int city ? _graph.Cities[city - 1].RegionId : null);
                if (region is int r && places.Count < 4 && places.Add(r))
                {
                    _graph.ProjectRegions.Add(new ProjectRegion { Id = _graph.ProjectRegions.Count + 1, ProjectId = project.Id, RegionId = r });
                    Cite(EntityTypes.ProjectRegion, EntityKeys.Compose(project.Slug, _graph.Regions[r - 1].Slug), source);
                }
            }
        }
    }

    private void AddProjectSectors(Project project, HashSet<int> chosen, int source)
    {
        int count = Math.Min(_graph.Sectors.Count, _random.Between(1, 4));
        chosen.Clear();
        while (chosen.Count < count)
        {
            Sector sector = _graph.Sectors[_random.Next(_graph.Sectors.Count)];
            if (chosen.Add(sector.Id))
            {
                _graph.ProjectSectors.Add(new ProjectSector { Id = _graph.ProjectSectors.Count + 1, ProjectId = project.Id, SectorId = sector.Id });
                Cite(EntityTypes.ProjectSector, EntityKeys.Compose(project.Slug, sector.Slug), source);
            }
        }
    }
}
