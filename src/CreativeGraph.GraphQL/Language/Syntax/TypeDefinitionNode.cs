namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: TypeDefinition, and the type extensions (which have no description).</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }

    public required NameNode Name { get; init; }

    /// <summary>True for `extend …` nodes.</summary>
    public abstract bool IsExtension { get; }
}
