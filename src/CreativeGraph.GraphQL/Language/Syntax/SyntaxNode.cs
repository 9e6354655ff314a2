namespace CreativeGraph.GraphQL.Language;

/// <summary>The base of every node of the syntax tree (spec §2 Language). Nodes are immutable.</summary>
public abstract class SyntaxNode
{
    /// <summary>Where the node stands in its source; null for nodes built in code.</summary>
    public Location? Location { get; init; }

    public abstract SyntaxKind Kind { get; }

    public override string ToString() => SyntaxPrinter.Print(this);
}
