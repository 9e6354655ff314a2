namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
public sealed class ObjectTypeExtensionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;

    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];

    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];

    public override bool IsExtension => true;
}
