namespace CreativeGraph.GraphQL.Execution;

/// <summary>Messages of the cost analysis (HotChocolate's wording).</summary>
internal static class CostMessages
{
    public const string OneSlicingArgumentRequired = "Exactly one slicing argument must be defined.";
}
