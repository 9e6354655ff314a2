namespace CreativeGraph.GraphQL.Response;

/// <summary>Codes of the execution phase beyond those HotChocolate defines (HC0016, HC0018, HC0045…).</summary>
public static partial class ErrorCodes
{
    /// <summary>The document has several operations and the request names none (spec GetOperation).</summary>
    public const string ExecutionOperationNameRequired = "HC0090";

    /// <summary>The request names an operation the document does not define (spec GetOperation).</summary>
    public const string ExecutionOperationNotFound = "HC0091";

    /// <summary>The operation type is not allowed for this request (a mutation over GET).</summary>
    public const string ExecutionOperationNotAllowed = "HC0092";

    /// <summary>The operation nests fields deeper than <c>MaxExecutionDepth</c>.</summary>
    public const string ExecutionMaxDepthExceeded = "HC0093";

    /// <summary>The operation selects more fields or aliases than allowed.</summary>
    public const string ExecutionMaxFieldsExceeded = "HC0094";

    /// <summary>Subscriptions are not executed by this engine yet.</summary>
    public const string ExecutionSubscriptionNotSupported = "HC0095";

    /// <summary>A resolver's value cannot be completed to the field's type (not a list, no object type…).</summary>
    public const string ExecutionInvalidResult = "HC0096";

    /// <summary>
    /// A list in the request's inputs (an argument or variable value, at any depth) has more elements than
    /// <c>MaxInputListLength</c>; the request is refused before execution.
    /// </summary>
    public const string ExecutionInputListTooLong = "HC0097";
}
