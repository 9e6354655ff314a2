namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition?</summary>
public sealed class InputObjectTypeExtensionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];

    public override bool IsExtension => true;
}
