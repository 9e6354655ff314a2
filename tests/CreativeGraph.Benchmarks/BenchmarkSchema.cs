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
        ObjectType organisation = Object("Organisation", new("id", new NonNullType(BuiltInScalars.Int)), new("name", BuiltInScalars.String));
        ObjectType project = Object(
            "Project",
            new("id", new NonNullType(BuiltInScalars.Int)),
            new("title", BuiltInScalars.String),
            new("organisations", new ListType(organisation))
            {
                Resolver = async c => await c.DataLoader<OrganisationsByProject>().LoadAsync(c.GetParent<Project>().Id, c.RequestAborted),
            });
        ObjectType partner = Object(
            "Partner",
            new("id", new NonNullType(BuiltInScalars.Int)),
            new("name", BuiltInScalars.String),
            new("country", BuiltInScalars.String),
            new("projects", new ListType(project))
            {
                Resolver = async c => await c.DataLoader<ProjectsByPartner>().LoadAsync(c.GetParent<Partner>().Id, c.RequestAborted),
            });
        Partner[] partners = [.. Enumerable.Range(1, 20).Select(i => new Partner(i, "Partner " + i, "AT"))];
        ObjectType query = Object(
            "Query",
            new("partners", new ListType(partner)) { Resolver = _ => new ValueTask<object?>(partners), IsPure = true },
            new("hello", BuiltInScalars.String) { Resolver = _ => new ValueTask<object?>("world"), IsPure = true },
            new("count", BuiltInScalars.Int) { Resolver = _ => new ValueTask<object?>(42), IsPure = true },
            new("flag", BuiltInScalars.Boolean) { Resolver = _ => new ValueTask<object?>(true), IsPure = true });
        return new Schema(null, query, null, null, [query, partner, project, organisation, BuiltInScalars.Int, BuiltInScalars.String, BuiltInScalars.Boolean], [], []);
    }

    public static RequestExecutorOptions Options() => new()
    {
        DataLoaderFactory = (type, _) => type == typeof(ProjectsByPartner) ? new ProjectsByPartner() : new OrganisationsByProject(),
    };

    private static ObjectType Object(string name, params OutputField[] fields)
    {
        ObjectType type = new(name) { Fields = new FieldCollection<OutputField>(fields) };
        foreach (OutputField field in fields)
        {
            field.DeclaringType = type;
        }

        return type;
    }

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
