using System.Reflection;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// Which namespace of one assembly uses which (an edge per pair, with the first use found as its example), and the
/// cycles among them: each strongly connected group of namespaces, printed as one shortest cycle through it.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _uses = new(StringComparer.Ordinal);

    public IEnumerable<string> Namespaces => _uses.Keys;

    public static NamespaceGraph Of(Assembly assembly)
    {
        NamespaceGraph graph = new();
        foreach (Type type in assembly.GetTypes().Where(IsWritten).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            string from = type.Namespace ?? "";
            graph.Node(from);
            foreach (Type used in TypeReferences.Of(type))
            {
                if (used.Assembly == assembly && IsWritten(used) && (used.Namespace ?? "") is var to && to != from)
                {
                    graph.Add(from, to, $"{Name(type)} uses {Name(used)}");
                }
            }
        }

        return graph;
    }

    public void Add(string from, string to, string example)
    {
        Node(to);
        Node(from).TryAdd(to, example);
    }

    /// <summary>
    /// One line per group of namespaces that reach each other: a shortest cycle <c>A → B (why) → A (why)</c> from the
    /// group's first namespace, followed by the whole group when the cycle does not pass through all of it.
    /// </summary>
    public IEnumerable<string> Cycles() => Groups().Select(g => g.Cycle);

    /// <summary>The groups of namespaces that reach each other, each with the line <see cref="Cycles"/> prints for it.</summary>
    public IEnumerable<(IReadOnlyList<string> Members, string Cycle)> Groups()
    {
        HashSet<string> seen = [];
        foreach (string start in _uses.Keys)
        {
            if (seen.Contains(start) || ShortestPath(start, start) is not { } cycle)
            {
                continue;
            }

            List<string> group = _uses.Keys.Where(n => n == start || (ShortestPath(start, n) is not null && ShortestPath(n, start) is not null)).ToList();
            seen.UnionWith(group);

            string line = start;
            for (int i = 1; i < cycle.Count; i++)
            {
                line += $" → {cycle[i]} ({_uses[cycle[i - 1]][cycle[i]]})";
            }

            yield return (group, group.Count > cycle.Count - 1 ? $"{line}; the whole group: {string.Join(", ", group)}" : line);
        }
    }

    private SortedDictionary<string, string> Node(string name)
    {
        if (!_uses.TryGetValue(name, out SortedDictionary<string, string>? edges))
        {
            _uses[name] = edges = new(StringComparer.Ordinal);
        }

        return edges;
    }

    /// <summary>The namespaces from <paramref name="from"/> to <paramref name="to"/> in at least one step, breadth first.</summary>
    private List<string>? ShortestPath(string from, string to)
    {
        Dictionary<string, string> previous = [];
        Queue<string> queue = new([from]);
        while (queue.TryDequeue(out string? at))
        {
            foreach (string next in _uses[at].Keys)
            {
                if (next == to)
                {
                    List<string> path = [to, at];
                    while (at != from)
                    {
                        at = previous[at];
                        path.Add(at);
                    }

                    path.Reverse();
                    return path;
                }

                if (next != from && previous.TryAdd(next, at))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// False for what the compiler adds outside any namespace (anonymous types, <c>&lt;PrivateImplementationDetails&gt;</c>),
    /// which every namespace shares and which belongs to none of them.
    /// </summary>
    private static bool IsWritten(Type type) =>
        type.Namespace is not null || type.IsNested || !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false);

    private static string Name(Type type) => type.IsNested ? Name(type.DeclaringType!) : type.FullName ?? type.Name;
}
