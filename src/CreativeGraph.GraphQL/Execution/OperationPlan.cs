using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// An operation ready to execute: its root type and root collected fields map, with sub-selections
/// collected lazily and kept (spec #sec-Executing-Selection-Sets). Cached per document and operation
/// unless @skip/@include depend on variables.
/// </summary>
internal sealed class OperationPlan
{
    /// <param name="incremental">True for a request delivered incrementally (such plans are built per request).</param>
    public OperationPlan(Schema schema, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType, IReadOnlyDictionary<string, object?>? variables, bool incremental = false)
    {
        Operation = operation;
        RootType = rootType;
        Dictionary<string, FragmentDefinitionNode> fragments = new(StringComparer.Ordinal);
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Collector = new FieldCollector(schema, fragments, variables, incremental);
        Root = Collector.CollectFields(rootType, operation.SelectionSet);
    }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public FieldCollector Collector { get; }

    public SelectionSetPlan Root { get; }
}
