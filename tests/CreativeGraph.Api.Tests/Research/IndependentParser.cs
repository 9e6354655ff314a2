using System.Text.Json;

namespace CreativeGraph.Api.Tests.Research;

/// <summary>
/// Reads an exported file with code that is not ours: Python's NetworkX (<c>read_graphml</c>, <c>read_gexf</c>) and
/// its standard <c>xml.etree</c>, <c>zipfile</c> and <c>csv</c> modules. <c>.ci/run</c> installs NetworkX
/// (Debian's python3-networkx) when no Python on the machine has it. Without Python (or, for GraphML and GEXF,
/// without NetworkX) the calling test is skipped with the reason, so it must be a skippable one.
/// </summary>
internal static class IndependentParser
{
    private const string Script = """
        import collections, csv, io, json, sys, zipfile
        import xml.etree.ElementTree as ET
        fmt, path = sys.argv[1], sys.argv[2]
        out = {}
        if fmt == "csv":
            z = zipfile.ZipFile(path)
            out["entries"] = z.namelist()
            nodes = list(csv.DictReader(io.TextIOWrapper(z.open("nodes.csv"), "utf-8", newline="")))
            edges = list(csv.DictReader(io.TextIOWrapper(z.open("edges.csv"), "utf-8", newline="")))
            ids = {n["Id"] for n in nodes}
            out.update(nodes=len(nodes), edges=len(edges), types=collections.Counter(n["type"] for n in nodes),
                       kinds=collections.Counter(e["kind"] for e in edges),
                       dangling=sum(1 for e in edges if e["Source"] not in ids or e["Target"] not in ids),
                       unsourced=sum(1 for e in edges if not e["sources"]))
        else:
            import networkx as nx
            root = ET.parse(path).getroot()
            out["root"] = root.tag
            out["version"] = root.get("version")
            g = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path, version="1.3")
            out.update(nodes=g.number_of_nodes(), edges=g.number_of_edges(),
                       types=collections.Counter(d.get("type") for _, d in g.nodes(data=True)),
                       kinds=collections.Counter(d.get("kind") for _, _, d in g.edges(data=True)),
                       dangling=0, unsourced=sum(1 for _, _, d in g.edges(data=True) if not d.get("sources")))
            if fmt == "graphml":
                out["keys"] = sorted((k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key"))
        print(json.dumps(out))
        """;

    public static async Task<JsonElement> ParseAsync(string format, string path)
    {
        string python = await FindPythonAsync(needsNetworkX: format != "csv");
        string script = Path.Combine(Path.GetTempPath(), "creativegraph-parse-" + Guid.NewGuid().ToString("N") + ".py");
        await File.WriteAllTextAsync(script, Script);
        try
        {
            (int exit, string output) = await ExternalProcess.RunAsync(python, [script, format, path], Path.GetTempPath(), TimeSpan.FromMinutes(2));
            Assert.True(exit == 0, $"{python} could not read the {format} file:\n{ExternalProcess.Tail(output)}");
            return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>The given attributes of every node of a GraphML file, by node ID, as NetworkX's <c>read_graphml</c> reads them.</summary>
    public static async Task<JsonElement> NodeAttributesAsync(string path, string[] names)
    {
        string python = await FindPythonAsync(needsNetworkX: true);
        string script = "import json, sys\nimport networkx as nx\ng = nx.read_graphml(sys.argv[1], force_multigraph=True)\nnames = sys.argv[2].split(',')\n"
            + "print(json.dumps({n: {k: d[k] for k in names if k in d} for n, d in g.nodes(data=True)}))\n";
        (int exit, string output) = await ExternalProcess.RunAsync(python, ["-c", script, path, string.Join(',', names)], Path.GetTempPath(), TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, $"{python} could not read the GraphML file:\n{ExternalProcess.Tail(output)}");
        return JsonDocument.Parse(output.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    public static async Task<string> FindPythonAsync(bool needsNetworkX)
    {
        foreach (string candidate in new[] { "python3", "/usr/bin/python3" })
        {
            try
            {
                (int exit, _) = await ExternalProcess.RunAsync(candidate, ["-c", needsNetworkX ? "import networkx" : "import csv"], Path.GetTempPath(), TimeSpan.FromSeconds(60));
                if (exit == 0)
                {
                    return candidate;
                }
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not installed under that name
            }
        }

        OptionalTool.Require(false, needsNetworkX
            ? "No Python 3 with NetworkX found: apt-get install -y python3-networkx (.ci/run installs it)."
            : "No Python 3 found: apt-get install -y python3.");
        return "";
    }
}
