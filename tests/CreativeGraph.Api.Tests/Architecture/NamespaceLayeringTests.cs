using System.Reflection;
using CreativeGraph.Api.KnowledgeGraph;
using CreativeGraph.Data.Core;
using CreativeGraph.Persistence;

namespace CreativeGraph.Api.Tests.Architecture;

/// <summary>
/// Dependencies point one way. Inside each application assembly (the Api, Persistence and the data conventions) the namespaces form no cycle (a namespace that uses another may
/// not be used by it, directly or through others), and the GraphQL engine knows none of its consumers. A failure
/// prints each cycle with one use per step, e.g. <c>A → B (A.X uses B.Y) → A (B.Y uses A.Z)</c>.
/// </summary>
public sealed class NamespaceLayeringTests
{
    public static TheoryData<string> Assemblies => new()
    {
        typeof(KnowledgeGraphSchema).Assembly.GetName().Name!,
        typeof(KnowledgeGraphDbContext).Assembly.GetName().Name!,
        typeof(DataSchema).Assembly.GetName().Name!,
    };

    /// <summary>
    /// The cycles still there, each a whole group of namespaces, with what removes it. The test fails on any other
    /// cycle, and on an entry here that is no longer a cycle, so this list stays true.
    /// </summary>
    private static readonly Dictionary<string, string[][]> s_remaining = new();

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_namespaces_of_an_assembly_form_no_cycle(string assemblyName)
    {
        NamespaceGraph graph = NamespaceGraph.Of(Assembly.Load(assemblyName));
        Assert.NotEmpty(graph.Namespaces);
        string[][] remaining = s_remaining.GetValueOrDefault(assemblyName, []);

        List<(IReadOnlyList<string> Members, string Cycle)> groups = graph.Groups().ToList();

        string[] cycles = groups.Where(g => !remaining.Any(r => r.SequenceEqual(g.Members))).Select(g => g.Cycle).ToArray();
        if (cycles.Length > 0)
        {
            Assert.Fail($"{cycles.Length} namespace cycle(s) in {assemblyName}:\n" + string.Join("\n", cycles));
        }

        Assert.Equal(remaining.Select(r => string.Join(", ", r)), groups.Select(g => string.Join(", ", g.Members)));
    }

    [Theory]
    [InlineData("CreativeGraph.GraphQL")]
    [InlineData("CreativeGraph.GraphQL.AspNetCore")]
    public void The_engine_depends_on_none_of_its_consumers(string engine)
    {
        string[] consumers = ["CreativeGraph.Api", "CreativeGraph.Data", "CreativeGraph.Persistence"];

        string[] referenced = Assembly.Load(engine).GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        Assert.Contains("CreativeGraph.GraphQL", referenced.Append(engine));
        Assert.Empty(referenced.Intersect(consumers));
    }

    [Fact]
    public void A_cycle_is_found_and_printed_with_the_uses_that_close_it()
    {
        NamespaceGraph graph = new();
        graph.Add("App.A", "App.B", "App.A.X uses App.B.Y");
        graph.Add("App.B", "App.C", "App.B.Y uses App.C.Z");
        graph.Add("App.C", "App.A", "App.C.Z uses App.A.X");
        graph.Add("App.C", "App.D", "App.C.Z uses App.D.W");

        Assert.Equal(
            ["App.A → App.B (App.A.X uses App.B.Y) → App.C (App.B.Y uses App.C.Z) → App.A (App.C.Z uses App.A.X)"],
            graph.Cycles());
    }
}
