using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Synthetic;

internal sealed partial class SyntheticGraphBuilder
{
    private static readonly (PartnerKind Kind, double Weight)[] s_partnerKinds =
    [
        (PartnerKind.Company, 25), (PartnerKind.Municipality, 12), (PartnerKind.ResearchInstitute, 12),
        (PartnerKind.Association, 12), (PartnerKind.Foundation, 8), (PartnerKind.DevelopmentAgency, 8),
        (PartnerKind.Cluster, 8), (PartnerKind.ChamberOfCommerce, 5), (PartnerKind.RegionalAuthority, 5),
        (PartnerKind.GovernmentBody, 3), (PartnerKind.Other, 2),
    ];

    private static readonly string[] s_personRoles = ["Project manager", "Director", "Communication officer", "Researcher", "Policy adviser", "Coordinator"];

    /// <summary>Partners: 85 % in a city, 10 % only in a region, 5 % only in a country, as in the source documents.</summary>
    private void AddPartners()
    {
        for (int i = 0; i < _options.Partners; i++)
        {
            int id = i + 1;
            City city = SkewedCity();
            PartnerKind kind = WeightedKind();
            string name = SyntheticNames.Partner(_random, kind, city.Name);
            double where = _random.NextDouble();
            var partner = new Partner
            {
                Id = id,
                Slug = SyntheticNames.Slug(_prefix, name, id),
                Name = name,
                Kind = kind,
                CountryId = city.CountryId,
                CityId = where < 0.85 ? city.Id : null,
                RegionId = where is >= 0.85 and < 0.95 ? city.RegionId : null,
            };
            partner.Website = _random.Chance(0.7) ? "https://www." + partner.Slug + ".example" : null;
            _graph.Partners.Add(partner);
            Cite(StoredEntities.Partner, partner);
            _partnersByCountry[city.CountryId - 1].Add(i);
        }

        // The popular partners of a country are the first of its list; shuffle so they are not the lowest ids.
        foreach (List<int> partners in _partnersByCountry)
        {
            _random.Shuffle(partners);
        }
    }

    private PartnerKind WeightedKind()
    {
        double total = s_partnerKinds.Sum(k => k.Weight);
        double roll = _random.NextDouble() * total;
        foreach ((PartnerKind kind, double weight) in s_partnerKinds)
        {
            roll -= weight;
            if (roll < 0)
            {
                return kind;
            }
        }

        return PartnerKind.Other;
    }

    private void AddPeople()
    {
        for (int i = 0; i < _options.People; i++)
        {
            int id = i + 1;
            string name = SyntheticNames.Person(_random);
            Partner partner = _graph.Partners[_random.Next(_graph.Partners.Count)];
            var person = new Person
            {
                Id = id,
                Slug = SyntheticNames.Slug(_prefix, name, id),
                Name = name,
                Role = _random.Pick(s_personRoles),
                PartnerId = partner.Id,
                Email = _random.Chance(0.5) ? "contact" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@" + partner.Slug + ".example" : null,
            };
            _graph.People.Add(person);
            Cite(StoredEntities.Person, person);
        }
    }

    private void AddProgrammes()
    {
        for (int i = 0; i < _options.Programmes; i++)
        {
            int id = i + 1;
            int startYear = 2000 + (7 * _random.Next(4));
            double kindRoll = _random.NextDouble();
            ProgrammeKind kind = kindRoll < 0.7 ? ProgrammeKind.EuTerritorialCooperation
                : kindRoll < 0.9 ? ProgrammeKind.RegionalFrameworkProgramme : ProgrammeKind.Other;
            string name = SyntheticNames.Programme(_random, id, startYear);
            var programme = new Programme
            {
                Id = id,
                Slug = SyntheticNames.Slug(_prefix, name, id),
                Name = name,
                Kind = kind,
                StartYear = startYear,
                EndYear = startYear + 6,
                RegionId = kind == ProgrammeKind.RegionalFrameworkProgramme ? _random.Between(1, _graph.Regions.Count) : null,
                ManagingBodyId = _random.Chance(0.4) ? _random.Between(1, _graph.Partners.Count) : null,
            };
            _graph.Programmes.Add(programme);
            Cite(StoredEntities.Programme, programme);

            // The countries whose organisations the programme funds: most partners of its projects come from there.
            var area = new List<int>();
            int countries = Math.Min(_graph.Countries.Count, _random.Between(2, 8));
            while (area.Count < countries)
            {
                int country = _random.Next(_graph.Countries.Count);
                if (!area.Contains(country))
                {
                    area.Add(country);
                }
            }

            if (programme.RegionId is int regionId)
            {
                area[0] = _graph.Regions[regionId - 1].CountryId - 1;
            }

            _programmeAreas.Add(area);
        }
    }
}
