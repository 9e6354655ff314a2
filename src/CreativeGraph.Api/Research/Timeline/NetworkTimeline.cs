using CreativeGraph.Api.Research.Collaboration;
using CreativeGraph.Api.Research.Index;

namespace CreativeGraph.Api.Research.Timeline;

/// <summary>
/// Computes a timeline on the adjacency index. Year y's network: the partners of the scope taking part in a project
/// active in y (its span overlaps 1 January–31 December of y; a missing date never excludes) and funded by the
/// programme, linked when they share such a project. The scope: every partner, or those located in the region, or
/// the ego network of a partner (it and the partners sharing a project of y with it, with every link among them);
/// always narrowed to the country and to the regions that are members of the network during y. A partner is new in
/// y when it is in y's network and not in y − 1's, leaving when it is in y's and not in y + 1's.
/// </summary>
internal sealed class NetworkTimeline
{
    private readonly AdjacencyIndex _index;
    private readonly TimelineRequest _request;
    private readonly List<int> _projects = [];
    private readonly List<int[]> _members = [];
    private readonly int _country;
    private readonly int _region;
    private readonly int _ego;
    private readonly int _network;
    private readonly Dictionary<int, (int Region, int Country)> _places = [];
    private long _pairs;

    private NetworkTimeline(AdjacencyIndex index, TimelineRequest request)
    {
        _index = index;
        _request = request;
        NetworkSelection selection = request.Selection;
        _country = Node(NodeKind.Country, selection.Country);
        _region = Node(NodeKind.Region, request.Region);
        _ego = Node(NodeKind.Partner, request.Partner);
        _network = Node(NodeKind.Network, selection.Network);
    }

    /// <summary>The timeline of <paramref name="request"/>; coded errors past <see cref="TimelineOptions.MaxYears"/> or <see cref="TimelineOptions.MaxPairs"/>.</summary>
    public static NetworkTimelineResult Compute(AdjacencyIndex index, TimelineRequest request, TimelineOptions options, CancellationToken cancellationToken)
    {
        var timeline = new NetworkTimeline(index, request);
        timeline.CollectProjects(cancellationToken);
        if (timeline.Years() is not (int first, int last))
        {
            return new NetworkTimelineResult([]);
        }

        if (last - first + 1 > options.MaxYears)
        {
            throw ResearchErrors.TimelineTooLong(first, last, options.MaxYears);
        }

        // One year more on each side: who is new in the first year and who leaves in the last.
        var networks = new List<YearNetwork>();
        for (int year = first - 1; year <= last + 1; year++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            networks.Add(timeline.Network(year, options.MaxPairs));
        }

        var years = new List<TimelineYear>();
        for (int i = 1; i < networks.Count - 1; i++)
        {
            YearNetwork network = networks[i];
            years.Add(new TimelineYear
            {
                Year = first + i - 1,
                PartnerCount = network.Partners.Count,
                EdgeCount = network.Edges,
                ProjectCount = network.Projects,
                New = [.. network.Partners.Except(networks[i - 1].Partners).Order()],
                Leaving = [.. network.Partners.Except(networks[i + 1].Partners).Order()],
            });
        }

        return new NetworkTimelineResult(years);
    }

    /// <summary>The projects funded by the programme, whatever their dates, with their partners.</summary>
    private void CollectProjects(CancellationToken cancellationToken)
    {
        NetworkSelection anyTime = _request.Selection with { Period = Period.All };
        var members = new List<int>();
        for (int node = 0; node < _index.NodeCount; node++)
        {
            if (_index.Node(node).Kind != NodeKind.Project || !anyTime.IncludesProject(_index, node))
            {
                continue;
            }

            if ((node & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            members.Clear();
            ReadOnlySpan<int> neighbours = _index.NeighboursOf(node);
            ReadOnlySpan<int> edges = _index.EdgesAt(node);
            for (int i = 0; i < neighbours.Length; i++)
            {
                if (_index.EdgeKind(edges[i]) == RelationKind.Participation && _index.Node(neighbours[i]).Kind == NodeKind.Partner)
                {
                    members.Add(neighbours[i]);
                }
            }

            _projects.Add(node);
            _members.Add([.. members.Distinct()]);
        }
    }

    /// <summary>
    /// The years listed: those the period touches; an open end is the first (last) year a dated project of the scope
    /// is active in by its known dates. Null when there is none.
    /// </summary>
    private (int First, int Last)? Years()
    {
        Period period = _request.Selection.Period;
        int? low = null;
        int? high = null;
        for (int p = 0; p < _projects.Count; p++)
        {
            if (!_members[p].Any(m => InStaticScope(m) && (_ego < 0 || m == _ego)))
            {
                continue;
            }

            Period span = _index.NodeSpan(_projects[p]);
            foreach (DateOnly? day in (ReadOnlySpan<DateOnly?>)[span.FromDate, span.ToDate])
            {
                if (day is DateOnly d)
                {
                    low = Math.Min(low ?? d.Year, d.Year);
                    high = Math.Max(high ?? d.Year, d.Year);
                }
            }
        }

        int? first = period.FromDate?.Year ?? low;
        int? last = period.ToDate?.Year ?? high;
        return first is int f && last is int l && f <= l ? (f, l) : null;
    }

    private YearNetwork Network(int year, long maxPairs)
    {
        if (year is < 1 or > 9999)
        {
            return new YearNetwork([], 0, 0);
        }

        Period window = Period.Years(year, year);
        bool[]? memberRegions = _network == -1 ? null : MemberRegions(window);
        HashSet<int>? ego = _ego == -1 ? null : [];
        if (ego is not null && InScope(_ego, memberRegions))
        {
            for (int p = 0; p < _projects.Count; p++)
            {
                if (window.Overlaps(_index.NodeSpan(_projects[p])) && _members[p].Contains(_ego))
                {
                    ego.UnionWith(_members[p].Where(m => InScope(m, memberRegions)));
                }
            }
        }

        var partners = new HashSet<int>();
        var pairs = new HashSet<long>();
        int projects = 0;
        var team = new List<int>();
        for (int p = 0; p < _projects.Count; p++)
        {
            if (!window.Overlaps(_index.NodeSpan(_projects[p])))
            {
                continue;
            }

            team.Clear();
            team.AddRange(_members[p].Where(m => ego?.Contains(m) ?? InScope(m, memberRegions)));
            if (team.Count == 0)
            {
                continue;
            }

            projects++;
            _pairs += (long)team.Count * (team.Count - 1) / 2;
            if (_pairs > maxPairs)
            {
                throw ResearchErrors.NetworkTooLarge(maxPairs);
            }

            foreach (int a in team)
            {
                partners.Add(_index.Node(a).Id);
                foreach (int b in team)
                {
                    if (a < b)
                    {
                        pairs.Add(((long)a << 32) | (uint)b);
                    }
                }
            }
        }

        return new YearNetwork(partners, pairs.Count, projects);
    }

    /// <summary>The regions with a membership of the network active in <paramref name="window"/>.</summary>
    private bool[] MemberRegions(Period window)
    {
        bool[] members = new bool[_index.NodeCount];
        if (_network < 0)
        {
            return members;
        }

        ReadOnlySpan<int> neighbours = _index.NeighboursOf(_network);
        ReadOnlySpan<int> edges = _index.EdgesAt(_network);
        for (int i = 0; i < neighbours.Length; i++)
        {
            if (_index.EdgeKind(edges[i]) == RelationKind.Membership && _index.IsActive(edges[i], neighbours[i], window))
            {
                members[neighbours[i]] = true;
            }
        }

        return members;
    }

    private bool InScope(int partner, bool[]? memberRegions) =>
        InStaticScope(partner) && (memberRegions is null || (Place(partner).Region is int r && r >= 0 && memberRegions[r]));

    /// <summary>The part of the scope that does not change with the year: the country and the region.</summary>
    private bool InStaticScope(int partner) =>
        (_country == -1 || Place(partner).Country == _country) && (_region == -1 || Place(partner).Region == _region);

    private (int Region, int Country) Place(int partner)
    {
        if (!_places.TryGetValue(partner, out var place))
        {
            place = Places.Of(_index, partner);
            _places[partner] = place;
        }

        return place;
    }

    /// <summary>The index node of an entity key; -2 (matching nothing) when the index lacks it, -1 when no key is given.</summary>
    private int Node(NodeKind kind, int? id) =>
        id is not int key ? -1 : _index.TryGetNode(new NodeRef(kind, key), out int node) ? node : -2;

    private sealed record YearNetwork(HashSet<int> Partners, int Edges, int Projects);
}
