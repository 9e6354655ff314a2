using CreativeGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace CreativeGraph.GraphQL.AspNetCore.Request;

/// <summary>
/// HotChocolate's <c>GraphQL-Cost</c> request header: <c>report</c> adds <c>extensions.operationCost</c> to the
/// response, <c>validate</c> returns only that without executing. Other values are ignored, as HotChocolate does.
/// </summary>
internal static class CostHeader
{
    public const string Name = "GraphQL-Cost";

    public static CostReporting Read(HttpRequest request)
    {
        string? value = request.Headers[Name];
        if (string.Equals(value, "report", StringComparison.OrdinalIgnoreCase))
        {
            return CostReporting.Report;
        }

        return string.Equals(value, "validate", StringComparison.OrdinalIgnoreCase) ? CostReporting.Validate : CostReporting.None;
    }
}
