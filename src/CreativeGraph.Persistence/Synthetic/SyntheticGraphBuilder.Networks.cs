using System.Globalization;
using CreativeGraph.Persistence.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Synthetic;

internal sealed partial class SyntheticGraphBuilder
{
    private static readonly EventKind[] s_eventKinds = Enum.GetValues<EventKind>();

    /// <summary>Networks of 5–30 regions (a few excluded later), each meeting at a yearly forum hosted by a member.</summary>
    private void AddNetworks()
    {
        var members = new List<int>();
        for (int i = 0; i < _options.Networks; i++)
        {
            int id = i + 1;
            string name = SyntheticNames.Network(_random, id);
            var network = new Network
            {
                Id = id,
                Slug = SyntheticNames.Slug(_prefix, name, id),
                Name = name,
                AnnualFee = _random.Chance(0.6) ? 500 * _random.Between(1, 10) : null,
            };
            network.AnnualFeeCurrency = network.AnnualFee is null ? null : "EUR";
            _graph.Networks.Add(network);
            Cite(StoredEntities.Network, network);

            members.Clear();
            int size = Math.Min(_graph.Regions.Count, _random.Between(5, 30));
            while (members.Count < size)
            {
                int region = _random.Next(_graph.Regions.Count);
                if (!members.Contains(region))
                {
                    members.Add(region);
                }
            }

            network.StatedMemberCount = members.Count;
            int firstYear = 2002 + _random.Next(12);
            int forums = _random.Between(3, 10);
            int firstForum = _graph.Forums.Count;
            AddForums(network, members, firstYear, forums);
            AddMemberships(network, members, firstYear, firstForum, forums);
        }
    }

    private void AddForums(Network network, List<int> members, int firstYear, int count)
    {
        for (int ordinal = 1; ordinal <= count; ordinal++)
        {
            int id = _graph.Forums.Count + 1;
            Region host = _graph.Regions[_random.Pick(members)];
            List<int> cities = _citiesByRegion[host.Id - 1];
            int year = firstYear + ordinal - 1;
            var forum = new Forum
            {
                Id = id,
                Slug = string.Create(CultureInfo.InvariantCulture, $"{network.Slug}-forum-{year}"),
                NetworkId = network.Id,
                Ordinal = ordinal,
                Year = year,
                Name = string.Create(CultureInfo.InvariantCulture, $"{network.Name} Forum {year}"),
                HostRegionId = host.Id,
                HostCityId = cities.Count > 0 && _random.Chance(0.7) ? _graph.Cities[_random.Pick(cities)].Id : null,
            };
            _graph.Forums.Add(forum);
            Cite(StoredEntities.Forum, forum);
        }
    }

    private void AddMemberships(Network network, List<int> members, int firstYear, int firstForum, int forums)
    {
        foreach (int member in members)
        {
            Region region = _graph.Regions[member];
            int joinedYear = firstYear + _random.Next(forums);
            bool excluded = _random.Chance(0.08);
            var membership = new Membership
            {
                Id = _graph.Memberships.Count + 1,
                NetworkId = network.Id,
                RegionId = region.Id,
                Status = excluded ? MembershipStatus.Excluded : MembershipStatus.Member,
                JoinedOn = new DateOnly(joinedYear, _random.Between(1, 12), _random.Between(1, 28)),
                JoinedAtForumId = _random.Chance(0.3) ? _graph.Forums[firstForum + joinedYear - firstYear].Id : null,
                ExcludedEarliestYear = excluded ? joinedYear + 2 : null,
                ExcludedLatestYear = excluded ? joinedYear + 3 : null,
            };
            membership.ApplicationDecidedOn = _random.Chance(0.3) ? membership.JoinedOn.Value.AddMonths(-_random.Between(1, 12)) : null;
            _graph.Memberships.Add(membership);
            Cite(EntityTypes.Membership, EntityKeys.Compose(network.Slug, region.Slug));
        }
    }

    /// <summary>Events of a project (40 %), a network (20 %), a forum (15 %) or only a place (25 %).</summary>
    private void AddEvents()
    {
        for (int i = 0; i < _options.Events; i++)
        {
            int id = i + 1;
            EventKind kind = _random.Pick(s_eventKinds);
            var e = new Event { Id = id, Slug = "", Name = "", Kind = kind };
            double roll = _random.NextDouble();
            if (roll < 0.4 || _graph.Networks.Count == 0)
            {
                Project project = _graph.Projects[_random.Next(_graph.Projects.Count)];
                e.ProjectId = project.Id;
                e.Year = _random.Between(project.StartDate!.Value.Year, project.EndDate!.Value.Year);
                e.Name = string.Create(CultureInfo.InvariantCulture, $"{project.Acronym} {kind} {e.Year}");
            }
            else if (roll < 0.75)
            {
                Forum forum = _graph.Forums[_random.Next(_graph.Forums.Count)];
                e.NetworkId = forum.NetworkId;
                e.Year = forum.Year;
                e.ForumId = roll < 0.6 ? null : forum.Id;
                e.RegionId = forum.HostRegionId;
                e.Name = string.Create(CultureInfo.InvariantCulture, $"{_graph.Networks[forum.NetworkId - 1].Name} {kind} {e.Year}");
            }
            else
            {
                City city = SkewedCity();
                e.CityId = city.Id;
                e.RegionId = city.RegionId;
                e.Year = 2000 + _random.Next(27);
                e.Name = string.Create(CultureInfo.InvariantCulture, $"{city.Name} {kind} {e.Year}");
            }

            e.Status = e.Year > s_today.Year ? EventStatus.Planned : EventStatus.Held;
            e.StartDate = new DateOnly(e.Year!.Value, _random.Between(1, 12), _random.Between(1, 25));
            e.EndDate = e.StartDate.Value.AddDays(_random.Next(4));
            e.DatePrecision = DatePrecision.Day;
            e.Slug = SyntheticNames.Slug(_prefix, e.Name, id);
            _graph.Events.Add(e);
            Cite(StoredEntities.Event, e);
        }
    }
}
