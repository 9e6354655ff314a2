namespace CreativeGraph.GraphQL.Response;

public static partial class ErrorCodes
{
    // Incremental delivery (@defer, @stream): the validation rules the RFC adds, as graphql-js 17 names them.

    /// <summary>A <c>label</c> of <c>@defer</c>/<c>@stream</c> that is not a static string, or is used twice.</summary>
    public const string ValidationDeferStreamLabelInvalid = "VALIDATION_DEFER_STREAM_LABEL_INVALID";

    /// <summary><c>@defer</c> or <c>@stream</c> on the root fields of a mutation or subscription.</summary>
    public const string ValidationDeferStreamOnRootField = "VALIDATION_DEFER_STREAM_ON_ROOT_FIELD";

    /// <summary><c>@stream</c> on a field that does not return a list.</summary>
    public const string ValidationStreamOnNonListField = "VALIDATION_STREAM_ON_NON_LIST_FIELD";

    /// <summary>
    /// <c>@stream(initialCount:)</c> below zero: a field error at the list (graphql-js 17 raises it while executing,
    /// with the message "initialCount must be a positive integer").
    /// </summary>
    public const string ExecutionStreamInitialCountNegative = "STREAM_INITIAL_COUNT_NEGATIVE";
}
