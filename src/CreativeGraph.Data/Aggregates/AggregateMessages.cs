using System.Globalization;
using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.Response;

namespace CreativeGraph.Data.Aggregates;

/// <summary>The errors of aggregate arguments (the paging ones are the lists': HC0051, HC0079).</summary>
internal static class AggregateMessages
{
    public static GraphQLException GroupFieldsOutOfRange(int count, string coordinate) => new(new GraphQLError(
        $"{coordinate} groups by 1 to {AggregateTypeBuilder.MaxGroupFields.ToString(CultureInfo.InvariantCulture)} fields; {count.ToString(CultureInfo.InvariantCulture)} were given.",
        DataErrorCodes.AggregateGroupFieldsOutOfRange,
        extensions: new Dictionary<string, object?> { ["coordinate"] = coordinate, ["max"] = AggregateTypeBuilder.MaxGroupFields }));

    public static GraphQLException SortNotGrouped(string field, string coordinate) => new(new GraphQLError(
        $"The groups of {coordinate} can be ordered by count and by the fields grouped by; \"{field}\" is not one of them.",
        DataErrorCodes.AggregateSortNotGrouped,
        extensions: new Dictionary<string, object?> { ["coordinate"] = coordinate, ["field"] = field }));
}
