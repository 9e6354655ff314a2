using CreativeGraph.Api.KnowledgeGraph.Fields;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.KnowledgeGraph.Types;

/// <summary>The relations of provenance: where an alternative name comes from.</summary>
internal static class ProvenanceTypes
{
    public static SchemaBuilder AddProvenanceRelations(this SchemaBuilder builder, PagingDefaults paging) => builder
        .ExtendObjectType(nameof(AlternativeName), t =>
        {
            KnowledgeGraphFields f = new(builder, t, paging);
            f.Reference<AlternativeName, Source>("source", "The document using this name; null when it is general knowledge.", n => n.SourceId, db => db.Sources);
        });
}
