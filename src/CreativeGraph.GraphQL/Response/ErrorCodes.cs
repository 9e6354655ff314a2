namespace CreativeGraph.GraphQL.Response;

/// <summary>
/// The engine's error codes (<c>extensions.code</c>): the codes the engine itself raises. Constant names follow one
/// scheme (Phase + Noun + Problem); values are HotChocolate's codes where HotChocolate users know one, so clients
/// written against HotChocolate keep working. Each area adds its codes in a partial file (<c>ErrorCodes.Validation.cs</c>,
/// …). The layers above keep their own registries beside their code (<c>ServerErrorCodes</c>, <c>DataErrorCodes</c>,
/// the Api's <c>ResearchErrorCodes</c>…); a test checks that no code value is used by two registries.
/// </summary>
public static partial class ErrorCodes
{
    // Request (transport and pipeline)
    public const string RequestInvalid = "HC0009";
    public const string RequestTooLarge = "HC0010";
    public const string RequestJsonSyntax = "HC0011";
    public const string RequestQueryMissing = "HC0013";

    // Language
    public const string SyntaxError = "HC0014";

    // Execution
    public const string ExecutionInvalidValue = "HC0016";
    public const string ExecutionNonNullViolation = "HC0018";
    public const string ExecutionTimeout = "HC0045";
    public const string ExecutionIntrospectionNotAllowed = "HC0046";
    public const string ExecutionCostExceeded = "HC0047";
    public const string ExecutionCancelled = "HC0049";
    public const string UnexpectedExecutionError = "HC0001";
}
