namespace CreativeGraph.GraphQL.Response;

public static partial class ErrorCodes
{
    // Language: parser limits (ParserOptions); plain syntax errors use SyntaxError (HC0014). HotChocolate has no
    // codes for these limits that its users match on, so they follow our own scheme rather than borrow HC numbers.
    public const string SyntaxTokenLimitExceeded = "SYNTAX_TOKEN_LIMIT_EXCEEDED";
    public const string SyntaxNestingLimitExceeded = "SYNTAX_NESTING_LIMIT_EXCEEDED";
    public const string SyntaxDocumentTooLarge = "SYNTAX_DOCUMENT_TOO_LARGE";
}
