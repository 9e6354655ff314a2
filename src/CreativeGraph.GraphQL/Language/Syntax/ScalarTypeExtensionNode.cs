namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
public sealed class ScalarTypeExtensionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;

    public override bool IsExtension => true;
}
