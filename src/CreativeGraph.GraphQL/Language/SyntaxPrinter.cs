namespace CreativeGraph.GraphQL.Language;

/// <summary>Prints syntax trees back to GraphQL source (placeholder until the printer lands).</summary>
public static class SyntaxPrinter
{
    public static string Print(SyntaxNode node) => node.Kind.ToString();
}
