using System.Globalization;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Data.Core;

/// <summary>Every message and error the data layer reports (one file per layer).</summary>
internal static class DataMessages
{
    public static GraphQLException NullValue(string field) => new(new GraphQLError(
        $"The field \"{field}\" does not accept null: only eq and neq on a nullable member may be null.",
        DataErrorCodes.FilterValueNull,
        extensions: new Dictionary<string, object?> { ["field"] = field }));

    public static GraphQLException PageSizeNegative(string argument, int value) => new(new GraphQLError(
        $"The argument \"{argument}\" must not be negative (it was {value.ToString(CultureInfo.InvariantCulture)}).",
        DataErrorCodes.PagingPageSizeNegative,
        extensions: new Dictionary<string, object?> { ["argument"] = argument }));

    public static GraphQLException PageSizeExceeded(int requested, int max, string coordinate) => new(new GraphQLError(
        $"The page size {requested.ToString(CultureInfo.InvariantCulture)} exceeds the maximum of {max.ToString(CultureInfo.InvariantCulture)} items for {coordinate}.",
        DataErrorCodes.PagingMaxPageSizeExceeded,
        extensions: new Dictionary<string, object?>
        {
            ["requestedItems"] = requested,
            ["maxAllowedItems"] = max,
            ["coordinate"] = coordinate,
        }));

    public static GraphQLException CursorInvalid(string argument, string cursor) => new(new GraphQLError(
        $"The cursor given to \"{argument}\" is not a cursor of this list and order.",
        DataErrorCodes.PagingCursorInvalid,
        extensions: new Dictionary<string, object?> { ["argument"] = argument, ["cursor"] = cursor }));
}
