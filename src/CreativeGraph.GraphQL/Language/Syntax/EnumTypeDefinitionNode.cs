namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;

    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];

    public override bool IsExtension => false;
}
