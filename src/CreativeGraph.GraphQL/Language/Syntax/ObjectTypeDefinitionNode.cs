namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    public override bool IsExtension => false;
}
