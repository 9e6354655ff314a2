using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// The cost report in a response, in HotChocolate's shape: <c>extensions.operationCost { fieldCost typeCost }</c>.
/// </summary>
internal static class OperationCost
{
    public const string ExtensionKey = "operationCost";

    public static Dictionary<string, object?> Extensions(OperationAnalysis analysis) =>
        new(StringComparer.Ordinal) { [ExtensionKey] = Figures(analysis) };

    public static void AddTo(ExecutionResult result, OperationAnalysis analysis)
    {
        result.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        result.Extensions[ExtensionKey] = Figures(analysis);
    }

    private static Dictionary<string, object?> Figures(OperationAnalysis analysis) =>
        new(StringComparer.Ordinal) { ["fieldCost"] = analysis.Cost, ["typeCost"] = analysis.TypeCost };
}
