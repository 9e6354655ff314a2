using CreativeGraph.GraphQL.Language;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.GraphQL.Execution;

/// <summary>
/// <see cref="RequestExecutorOptions.MaxInputListLength"/>: no list a request gives as input may have more elements than
/// the limit, whether written in the document (an argument, a directive argument or a variable's default value,
/// nested in input objects and lists at any depth) or sent as a variable value. Input coercion
/// (spec #sec-List.Input-Coercion) accepts lists of any length; a resolver turns each element into work (a filter's
/// <c>in</c> becomes one SQL parameter per element), so a long list is refused before anything runs (HC0097).
/// </summary>
internal static class InputListLimit
{
    /// <summary>The longest list literal of the document (null when it has none); found once per cached document.</summary>
    public static ListValueNode? LongestLiteral(DocumentNode document)
    {
        LongestListFinder finder = new();
        finder.Walk(document);
        return finder.Longest;
    }

    /// <summary>The error for the first list over <paramref name="max"/>, literal or in a coerced variable value.</summary>
    public static GraphQLError? Check(ListValueNode? longestLiteral, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, int max)
    {
        if (longestLiteral is not null && longestLiteral.Values.Count > max)
        {
            return Error(ExecutionMessages.InputListTooLong("in the document", longestLiteral.Values.Count, max), max, longestLiteral.Location);
        }

        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            string name = definition.Variable.Name.Value;
            if (variables.TryGetValue(name, out object? value) && Longest(value) is var length && length > max)
            {
                return Error(ExecutionMessages.InputListTooLong($"in variable \"${name}\"", length, max), max, definition.Location);
            }
        }

        return null;
    }

    // Coerced values: lists are object?[] and input objects dictionaries (see ValueCoercion).
    private static int Longest(object? value)
    {
        int longest = 0;
        switch (value)
        {
            case object?[] list:
                longest = list.Length;
                foreach (object? item in list)
                {
                    longest = Math.Max(longest, Longest(item));
                }

                break;

            case IReadOnlyDictionary<string, object?> fields:
                foreach (object? field in fields.Values)
                {
                    longest = Math.Max(longest, Longest(field));
                }

                break;
        }

        return longest;
    }

    private static GraphQLError Error(string message, int max, Location? location) => new(
        message,
        ErrorCodes.ExecutionInputListTooLong,
        location is { } at ? [at] : null,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["maxInputListLength"] = max });

    private sealed class LongestListFinder : SyntaxWalker
    {
        public ListValueNode? Longest { get; private set; }

        protected override void VisitListValue(ListValueNode node)
        {
            if (Longest is null || node.Values.Count > Longest.Values.Count)
            {
                Longest = node;
            }

            base.VisitListValue(node);
        }
    }
}
