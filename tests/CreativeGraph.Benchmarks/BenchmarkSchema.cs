using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Benchmarks;

/// <summary>An in-memory schema for execution benchmarks: partners → projects → organisations.</summary>
internal static class BenchmarkSchema
{
    public sealed record Partner(int Id, string Name, string Country);

    public sealed record Project(int Id, int PartnerId, string Title);

    public sealed record Organisation(int Id, int ProjectId, string Name);

    public static Schema Create()
    {
        Partner[] partners = [.. Enumerable.Range(1, 20).Select(i => new Partner(i, "Partner " + i, "AT"))];
        return SchemaBuilder.FromSdl("""
                "Entry points."
                type Query {
                  partners: [Partner!]!
                  hello: String
                  count: Int
                  flag: Boolean
                }

                "An organisation taking part in projects."
                type Partner {
                  id: Int!
                  name: String
                  country: String
                  projects: [Project!]!
                }

                type Project {
                  id: Int!
                  title: String
                  organisations: [Organisation!]!
                }

                type Organisation {
                  id: Int!
                  name: String
                }
                """)
            .BindResolver("Query", "partners", _ => partners, isPure: true)
            .BindResolver("Query", "hello", _ => "world", isPure: true)
            .BindResolver("Query", "count", _ => 42, isPure: true)
            .BindResolver("Query", "flag", _ => true, isPure: true)
            .BindResolver("Partner", "projects", async c => await c.DataLoader<ProjectsByPartner>().LoadAsync(c.GetParent<Partner>().Id, c.RequestAborted))
            .BindResolver("Project", "organisations", async c => await c.DataLoader<OrganisationsByProject>().LoadAsync(c.GetParent<Project>().Id, c.RequestAborted))
            .Build();
    }

    public static RequestExecutorOptions Options() => new()
    {
        DataLoaderFactory = (type, _) => type == typeof(ProjectsByPartner) ? new ProjectsByPartner() : new OrganisationsByProject(),
    };

    private sealed class ProjectsByPartner : GroupedDataLoader<int, Project>
    {
        protected internal override Task<ILookup<int, Project>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult(keys.SelectMany(k => Enumerable.Range(0, 5).Select(i => new Project((k * 100) + i, k, "Project " + i))).ToLookup(p => p.PartnerId));
    }

    private sealed class OrganisationsByProject : GroupedDataLoader<int, Organisation>
    {
        protected internal override Task<ILookup<int, Organisation>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult(keys.SelectMany(k => Enumerable.Range(0, 3).Select(i => new Organisation((k * 10) + i, k, "Org " + i))).ToLookup(o => o.ProjectId));
    }
}
