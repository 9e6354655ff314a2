namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;

    public override bool IsExtension => false;
}
