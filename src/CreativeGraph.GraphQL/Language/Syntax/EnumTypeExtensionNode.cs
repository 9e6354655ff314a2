namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition?</summary>
public sealed class EnumTypeExtensionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

    public override bool IsExtension => true;
}
