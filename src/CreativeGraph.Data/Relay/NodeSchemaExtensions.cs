using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Projections;
using CreativeGraph.GraphQL.Execution;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Relay;

/// <summary>
/// Global Object Identification (Relay, HotChocolate's <c>AddGlobalObjectIdentification</c>):
/// <c>interface Node { id: ID! }</c> on the declared types, <c>node(id:)</c> and <c>nodes(ids:)</c> on the query type,
/// and <c>id: IdOperationFilterInput</c> in their filter inputs.
/// </summary>
public static class NodeSchemaExtensions
{
    /// <summary>HotChocolate's default for the most ids one <c>nodes</c> call may ask for (its <c>MaxAllowedNodeBatchSize</c>).</summary>
    public const int DefaultMaxAllowedNodeBatchSize = 50;

    // The query type's ContextData entry that leads resolvers to the node types (set by NodeFields).
    private const string NodesKey = "CreativeGraph.Data.Relay.Nodes";

    /// <summary>
    /// Declares the object type <paramref name="typeName"/> (defined in code or SDL) a <c>Node</c>: it implements the
    /// interface, gains <c>id: ID!</c> (the <see cref="GlobalId"/> of <paramref name="key"/>) and binds
    /// <typeparamref name="T"/> as its runtime type. <paramref name="source"/> serves <c>node</c>/<c>nodes</c> lookups;
    /// its owner (e.g. a pooled DbContext) is disposed after each batch.
    /// </summary>
    public static DataSchema Node<T>(
        this DataSchema data,
        string typeName,
        Expression<Func<T, int>> key,
        Func<IServiceProvider, RentedQuery<T>> source)
        where T : class
    {
        NodeType<T> node = new(typeName, key, source);
        data.AddNode(node, typeof(T), EntityConfigurationKey(key));
        data.Once("Node", b => b.AddInterfaceType("Node", i => i
            .Description("An object with a global ID: any object of the graph can be fetched again with `node(id:)`.")
            .Field("id").Type("ID!").Description("The object's global ID, opaque and stable.")));
        data.Builder.ExtendObjectType(typeName, t =>
        {
            t.Implements("Node").RuntimeType<T>();
            t.Field("id").Type("ID!")
                .Description("The object's global ID, opaque and stable; `node(id:)` fetches the object again.")
                .Resolve(context => GlobalId.Encode(typeName, node.KeyOf(context.GetParent<T>())))
                .IsPure()
                .Requires(Boxed(key));
        });
        return data;
    }

    /// <summary>
    /// Adds <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c>. A <c>nodes</c> call with more than
    /// <paramref name="maxAllowedNodeBatchSize"/> ids fetches nothing: the field is an empty list with an HC0076 error,
    /// so the other fields of the request keep their data (the field is non-null, as in HotChocolate, and a null
    /// would take the whole <c>data</c> with it).
    /// </summary>
    public static ObjectTypeDescriptor NodeFields(this ObjectTypeDescriptor query, SchemaBuilder builder, int maxAllowedNodeBatchSize = DefaultMaxAllowedNodeBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxAllowedNodeBatchSize);
        DataSchema data = DataSchema.For(builder);
        query.ContextData(NodesKey, data);
        query.Field("node").Type("Node")
            .Description("Fetches any object of the graph by its global ID; null when no object has that ID.")
            .Argument("id", "ID!", a => a.Description("The global ID of the object."))
            .Resolve(new FieldResolver(async context => await LoadAsync(data, context, context.ArgumentValue<string>("id")!, index: null).ConfigureAwait(true)));
        query.Field("nodes").Type("[Node]!")
            .Description($"Fetches objects by their global IDs, in the order given (at most {maxAllowedNodeBatchSize}); null for an ID no object has.")
            .Argument("ids", "[ID!]!", a => a.Description("The global IDs of the objects."))
            .Resolve(new FieldResolver(async context =>
            {
                string[] ids = context.ArgumentValue<string[]>("ids") ?? [];
                if (ids.Length > maxAllowedNodeBatchSize)
                {
                    context.ReportError(RelayMessages.TooManyNodes(ids.Length, maxAllowedNodeBatchSize));
                    return Array.Empty<object?>();
                }

                Task<object?>[] loads = [.. ids.Select((id, i) => LoadAsync(data, context, id, i))];
                return await Task.WhenAll(loads).ConfigureAwait(true);
            }));
        return query;
    }

    /// <summary>
    /// Loads the object of node type <paramref name="typeName"/> with key <paramref name="id"/> through this request's
    /// <see cref="NodeDataLoader"/> (batched with every other node asked for in the same wave); null when no row has it.
    /// For resolvers that return nodes they know by type and key, e.g. search results or traversals.
    /// </summary>
    public static Task<object?> LoadNodeAsync(this IResolverContext context, string typeName, int id)
    {
        NodeType type = (context.Schema.QueryType.ContextData.TryGetValue(NodesKey, out object? data) ? (data as DataSchema)?.FindNode(typeName) : null)
            ?? throw new InvalidOperationException($"{typeName} is not a node type of this schema.");
        return context.DataLoader<NodeDataLoader>().LoadAsync(new NodeDataLoader.Key(type, id), context.RequestAborted);
    }

    private static async Task<object?> LoadAsync(DataSchema data, IResolverContext context, string id, int? index)
    {
        if (!GlobalId.TryDecode(id, out string? typeName, out int key) || data.FindNode(typeName) is not { } type)
        {
            GraphQL.Response.GraphQLError error = RelayMessages.InvalidId(id, index);
            if (index is null)
            {
                throw new GraphQL.Response.GraphQLException(error);
            }

            context.ReportError(error.WithPath(context.Path.Append(index.Value)));
            return null;
        }

        return await context.DataLoader<NodeDataLoader>().LoadAsync(new NodeDataLoader.Key(type, key), context.RequestAborted).ConfigureAwait(true);
    }

    private static Expression<Func<T, object?>> Boxed<T>(Expression<Func<T, int>> key) =>
        Expression.Lambda<Func<T, object?>>(Expression.Convert(key.Body, typeof(object)), key.Parameters);

    private static string EntityConfigurationKey<T>(Expression<Func<T, int>> key) =>
        key.Body is MemberExpression { Member.Name: var name }
            ? name
            : throw new ArgumentException($"Expected a property access such as x => x.Id, got {key}.", nameof(key));
}
