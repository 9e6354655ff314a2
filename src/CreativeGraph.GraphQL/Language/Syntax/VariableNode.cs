namespace CreativeGraph.GraphQL.Language;

/// <summary>Grammar: Variable : `$` Name</summary>
public sealed class VariableNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;

    public required NameNode Name { get; init; }
}
