using System.Globalization;
using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Data.Relay;

/// <summary>The errors of global object identification.</summary>
internal static class RelayMessages
{
    public static GraphQLError TooManyNodes(int requested, int max) => new(
        $"The nodes field accepts at most {max.ToString(CultureInfo.InvariantCulture)} ids; {requested.ToString(CultureInfo.InvariantCulture)} were given.",
        DataErrorCodes.NodeBatchSizeExceeded,
        extensions: new Dictionary<string, object?> { ["requestedNodes"] = requested, ["maxAllowedNodes"] = max });

    public static GraphQLError InvalidId(string id, int? index) => new(
        index is null
            ? "The ID is not a global ID of this graph."
            : $"The ID at index {index.Value.ToString(CultureInfo.InvariantCulture)} is not a global ID of this graph.",
        DataErrorCodes.NodeIdInvalid,
        extensions: new Dictionary<string, object?> { ["originalValue"] = id });

    public static GraphQLException InvalidFilterId(string field, string id, string typeName) => new(new GraphQLError(
        $"The value of \"{field}\" is not the global ID of a {typeName}.",
        DataErrorCodes.NodeIdInvalid,
        extensions: new Dictionary<string, object?> { ["field"] = field, ["originalValue"] = id, ["expectedType"] = typeName }));
}
