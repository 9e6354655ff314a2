using System.Globalization;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Api.Research;

/// <summary>The coded errors of the research traversals (<see cref="ErrorCodes"/>, <c>RESEARCH_*</c>).</summary>
internal static class ResearchErrors
{
    public static GraphQLException NodeIdInvalid(string argument, string value) => Error(
        $"The value of '{argument}' is not the ID of a node of the graph.",
        ResearchErrorCodes.ResearchNodeIdInvalid,
        ("argument", argument),
        ("id", value));

    public static GraphQLException NodeNotFound(string argument, string value) => Error(
        $"No node has the ID given in '{argument}'.",
        ResearchErrorCodes.ResearchNodeNotFound,
        ("argument", argument),
        ("id", value));

    public static GraphQLException OutOfRange(string code, string argument, int value, int min, int max) => Error(
        string.Create(CultureInfo.InvariantCulture, $"'{argument}' must lie between {min} and {max}; it is {value}."),
        code,
        ("argument", argument),
        ("value", value),
        ("min", min),
        ("max", max));

    public static GraphQLException TraversalTooLarge(int limit) => Error(
        string.Create(CultureInfo.InvariantCulture, $"The search would visit more than {limit} nodes. Narrow it with 'via' or a smaller 'maxLength'."),
        ResearchErrorCodes.ResearchTraversalTooLarge,
        ("maxVisitedNodes", limit));

    public static GraphQLException NetworkTooLarge(long limit) => Error(
        string.Create(CultureInfo.InvariantCulture, $"The collaboration network would hold more than {limit} partner pairs. Narrow it with a period, a programme, a country or a network."),
        ResearchErrorCodes.ResearchNetworkTooLarge,
        ("maxPairs", limit));

    public static GraphQLException TimelineTooLong(int first, int last, int limit) => Error(
        string.Create(CultureInfo.InvariantCulture, $"The timeline would list {last - first + 1} years ({first}–{last}), more than {limit}. Give a shorter period."),
        ResearchErrorCodes.ResearchTimelineTooLong,
        ("argument", "period"),
        ("maxYears", limit));

    public static GraphQLException PeriodInvalid(string message) => Error(message, ResearchErrorCodes.ResearchPeriodInvalid, ("argument", "period"));

    public static GraphQLException SelectionNotFound(string argument, string value) => Error(
        $"No {argument} has the key '{value}'.",
        ResearchErrorCodes.ResearchSelectionNotFound,
        ("argument", argument),
        ("value", value));

    private static GraphQLException Error(string message, string code, params (string Key, object? Value)[] extensions) =>
        new(new GraphQLError(message, code, extensions: extensions.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal)));
}
