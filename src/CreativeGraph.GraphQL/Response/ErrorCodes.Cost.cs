namespace CreativeGraph.GraphQL.Response;

/// <summary>Codes of the cost analysis (HotChocolate's, IBM cost specification).</summary>
public static partial class ErrorCodes
{
    /// <summary>
    /// A field whose <c>@listSize</c> has <c>requireOneSlicingArgument: true</c> was selected with none or several
    /// of its slicing arguments (HotChocolate's <c>OneSlicingArgumentRequired</c>).
    /// </summary>
    public const string ExecutionOneSlicingArgumentRequired = "HC0082";
}
