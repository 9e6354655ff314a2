namespace CreativeGraph.GraphQL.Response;

public static partial class ErrorCodes
{
    // Language: parser limits (ParserOptions); plain syntax errors use SyntaxError (HC0014).
    public const string SyntaxTokenLimitExceeded = "HC0084";
    public const string SyntaxNestingLimitExceeded = "HC0085";
    public const string SyntaxDocumentTooLarge = "HC0086";
}
