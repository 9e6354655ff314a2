using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Relay;
using CreativeGraph.GraphQL.TypeSystem;
using static CreativeGraph.Api.KnowledgeGraph.Fields.KnowledgeGraphContexts;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// Global object identification: every entity type and the edges that carry data (those whose declaration says
/// <see cref="GraphEntity.IsNode"/>) are <c>Node</c>s with a global <c>id</c> (HotChocolate's format), fetched again
/// by <c>node(id:)</c>/<c>nodes(ids:)</c>.
/// </summary>
internal static class KnowledgeGraphNodes
{
    public static SchemaBuilder AddNodes(this SchemaBuilder builder, IEnumerable<GraphEntity> entities, int maxAllowedNodeBatchSize)
    {
        NodeRegistration registration = new(DataSchema.For(builder));
        foreach (GraphEntity entity in entities.Where(e => e.IsNode))
        {
            entity.Accept(registration);
        }

        return builder.ExtendObjectType("Query", t => t.NodeFields(builder, maxAllowedNodeBatchSize));
    }

    private sealed class NodeRegistration(DataSchema schema) : IGraphEntityVisitor
    {
        public void Visit<T>(GraphEntity<T> entity)
            where T : class =>
            schema.Node(entity.Name, entity.Stored.Id, ForNodes(entity.Stored.Set));
    }
}
