namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: TypeSystemDefinition | TypeSystemExtension (SDL documents).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
