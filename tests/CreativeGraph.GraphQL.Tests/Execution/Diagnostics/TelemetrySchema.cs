using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.GraphQL.Tests.Execution.Support.TestSchema;
using S = CreativeGraph.GraphQL.TypeSystem.BuiltInScalars;

namespace CreativeGraph.GraphQL.Tests.Execution.Diagnostics;

/// <summary>
/// Twenty parents, each with two children through a grouped loader, each child's parent through a batch loader: a
/// request of three levels and two batches. The loaders answer synchronously, so a whole request runs on the calling
/// thread and its allocations can be counted exactly.
/// </summary>
internal static class TelemetrySchema
{
    public const string Family = "query Family { parents { id children { id parent { id } } } }";

    public sealed record Parent(int Id);

    public sealed record Child(int Id, int ParentId);

    public sealed class ChildrenByParent : GroupedDataLoader<int, Child>
    {
        protected internal override Task<ILookup<int, Child>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult(keys.SelectMany(k => new[] { new Child(k * 10, k), new Child((k * 10) + 1, k) }).ToLookup(c => c.ParentId));
    }

    public sealed class ParentById : BatchDataLoader<int, Parent>
    {
        protected internal override Task<IReadOnlyDictionary<int, Parent>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<int, Parent>>(keys.ToDictionary(k => k, k => new Parent(k)));
    }

    public static RequestExecutor Create(RequestExecutorOptions? options = null)
    {
        Parent[] parents = [.. Enumerable.Range(1, 20).Select(i => new Parent(i))];
        ObjectType parentRef = Object("ParentRef", Field("id", S.Int));
        ObjectType child = Object(
            "Child",
            Field("id", S.Int),
            Field("parent", parentRef, (FieldResolver)(async c => await c.DataLoader<ParentById>().LoadAsync(c.GetParent<Child>().ParentId, c.RequestAborted))),
            Field("fail", S.Int, (FieldResolver)(_ => throw new InvalidOperationException("no"))));
        ObjectType parent = Object(
            "Parent",
            Field("id", S.Int),
            Field("children", ListOf(child), (FieldResolver)(async c => await c.DataLoader<ChildrenByParent>().LoadAsync(c.GetParent<Parent>().Id, c.RequestAborted))));
        ObjectType query = Object("Query", Field("parents", ListOf(parent), _ => parents));

        options ??= new RequestExecutorOptions();
        options.DataLoaderFactory = (type, _) => type == typeof(ChildrenByParent) ? new ChildrenByParent() : new ParentById();
        return Executor(Support.TestSchema.Create(query), options);
    }
}
