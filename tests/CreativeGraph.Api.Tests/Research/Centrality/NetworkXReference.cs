using System.Text.Json;

namespace CreativeGraph.Api.Tests.Research.Centrality;

/// <summary>
/// The collaboration network and its measures computed by code that is not ours: Python reads the SQLite file with
/// its own <c>sqlite3</c> module, selects projects, memberships and partners with its own SQL and date logic, builds
/// the graph and runs NetworkX (<c>betweenness_centrality</c>, <c>pagerank</c>, <c>core_number</c>,
/// <c>louvain_communities</c>, <c>modularity</c>). Given our communities, it also scores them with NetworkX's modularity.
/// </summary>
internal static class NetworkXReference
{
    private const string Script = """
        import itertools, json, sqlite3, sys
        import networkx as nx
        args = json.loads(open(sys.argv[1]).read())
        db = sqlite3.connect(args["database"])
        lo, hi = args.get("from") or "0000-01-01", args.get("to") or "9999-12-31"
        # a missing date never excludes
        projects = [pid for pid, start, end, programme in db.execute("SELECT Id, StartDate, EndDate, ProgrammeId FROM Projects")
                    if (start is None or start <= hi) and (end is None or end >= lo)
                    and (args.get("programme") is None or programme == args["programme"])]
        city_region = dict(db.execute("SELECT Id, RegionId FROM Cities"))
        city_country = dict(db.execute("SELECT Id, CountryId FROM Cities"))
        region_country = dict(db.execute("SELECT Id, CountryId FROM Regions"))
        members = None
        if args.get("network"):
            members = set()
            for region, joined, status, latest in db.execute(
                    "SELECT m.RegionId, m.JoinedOn, m.Status, m.ExcludedLatestYear FROM Memberships m JOIN Networks n ON n.Id = m.NetworkId WHERE n.Slug = ?", (args["network"],)):
                ended = "%04d-12-31" % latest if status == "Excluded" and latest is not None else None
                if (joined is None or joined <= hi) and (ended is None or ended >= lo):
                    members.add(region)
        partners = {}
        for pid, slug, name, city, region, country in db.execute("SELECT Id, Slug, Name, CityId, RegionId, CountryId FROM Partners"):
            # located in its city, else its region, else its country; a city in its region, else its country
            if city is not None:
                region = city_region.get(city)
                country = region_country[region] if region is not None else city_country.get(city)
            elif region is not None:
                country = region_country.get(region)
            if args.get("country") is not None and country != args["country"]:
                continue
            if members is not None and region not in members:
                continue
            partners[pid] = (slug, name)
        g = nx.Graph()
        by_project = {}
        for project, partner in db.execute("SELECT ProjectId, PartnerId FROM Participations"):
            by_project.setdefault(project, []).append(partner)
        for project in projects:
            team = sorted(p for p in by_project.get(project, []) if p in partners)
            g.add_nodes_from(partners[p][0] for p in team)
            for a, b in itertools.combinations(team, 2):
                sa, sb = partners[a][0], partners[b][0]
                w = g.get_edge_data(sa, sb, {"weight": 0})["weight"]
                g.add_edge(sa, sb, weight=w + 1)
        out = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "partners": {}}
        if g.number_of_nodes() > 0:
            bc = nx.betweenness_centrality(g)
            try:  # NetworkX's pure-Python PageRank: the same answer as nx.pagerank, without needing NumPy and SciPy
                from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as pagerank
            except ImportError:
                pagerank = nx.pagerank
            pr = pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)
            core = nx.core_number(g)
            for v in g.nodes:
                out["partners"][v] = {"degree": g.degree(v), "weightedDegree": g.degree(v, weight="weight"), "betweenness": bc[v],
                                      "pageRank": pr[v], "coreNumber": core[v]}
            if g.number_of_edges() > 0:
                louvain = nx.community.louvain_communities(g, weight="weight", seed=1)
                out["louvainModularity"] = nx.community.modularity(g, louvain, weight="weight")
                if args.get("communities"):
                    ours = {}
                    for slug, c in args["communities"].items():
                        ours.setdefault(c, set()).add(slug)
                    out["ourModularity"] = nx.community.modularity(g, list(ours.values()), weight="weight")
        print(json.dumps(out))
        """;

    /// <summary>Runs the reference; <paramref name="arguments"/> holds database, from, to (ISO dates), programme, country (ids), network (slug), communities (slug → id).</summary>
    public static async Task<JsonElement> RunAsync(object arguments)
    {
        string python = await IndependentParser.FindPythonAsync(needsNetworkX: true);
        string directory = Path.GetTempPath();
        string script = Path.Combine(directory, "creativegraph-networkx-" + Guid.NewGuid().ToString("N") + ".py");
        string input = Path.ChangeExtension(script, ".json");
        await File.WriteAllTextAsync(script, Script);
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(arguments));
        try
        {
            (int exit, string output) = await ExternalProcess.RunAsync(python, [script, input], directory, TimeSpan.FromMinutes(5));
            Assert.True(exit == 0, $"NetworkX failed:\n{ExternalProcess.Tail(output)}");
            return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
        }
        finally
        {
            File.Delete(script);
            File.Delete(input);
        }
    }
}
