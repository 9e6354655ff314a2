namespace CreativeGraph.GraphQL.TypeSystem;

/// <summary>Messages about applied cost directives.</summary>
internal static class CostDirectiveMessages
{
    public static string InvalidWeight(string coordinate, string weight) =>
        $"The @cost weight \"{weight}\" of {coordinate} is not a number.";
}
