using CreativeGraph.Data.Core;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Paging;

/// <summary><c>skip/take</c> of one call, checked against the field's options (HC0079 when negative, HC0051 above the maximum).</summary>
internal sealed record OffsetPagingArguments(int Skip, int Take)
{
    public static OffsetPagingArguments From(IResolverContext context, OffsetPagingOptions options)
    {
        int? skip = context.ArgumentValue<int?>("skip");
        int? take = context.ArgumentValue<int?>("take");
        if (skip < 0)
        {
            throw DataMessages.PageSizeNegative("skip", skip.Value);
        }

        if (take < 0)
        {
            throw DataMessages.PageSizeNegative("take", take.Value);
        }

        if (take > options.MaxPageSize)
        {
            throw DataMessages.PageSizeExceeded(take.Value, options.MaxPageSize, context.ObjectType.Name + "." + context.Field.Name);
        }

        return new OffsetPagingArguments(skip ?? 0, take ?? options.DefaultPageSize);
    }
}
