namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;

    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];

    public override bool IsExtension => false;
}
