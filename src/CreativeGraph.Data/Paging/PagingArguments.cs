using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Paging;

/// <summary><c>first/after/last/before</c> of one call, checked against the field's options (HC0079, HC0051).</summary>
internal sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public static PagingArguments From(IResolverContext context, PagingOptions options)
    {
        PagingArguments arguments = new(
            context.ArgumentValue<int?>("first"),
            context.ArgumentValue<string>("after"),
            context.ArgumentValue<int?>("last"),
            context.ArgumentValue<string>("before"));
        string coordinate = context.ObjectType.Name + "." + context.Field.Name;
        Check("first", arguments.First, options.MaxPageSize, coordinate);
        Check("last", arguments.Last, options.MaxPageSize, coordinate);
        return arguments.First is null && arguments.Last is null ? arguments with { First = options.DefaultPageSize } : arguments;
    }

    private static void Check(string argument, int? value, int max, string coordinate)
    {
        if (value < 0)
        {
            throw DataMessages.PageSizeNegative(argument, value.Value);
        }

        if (value > max)
        {
            throw DataMessages.PageSizeExceeded(value.Value, max, coordinate);
        }
    }
}
