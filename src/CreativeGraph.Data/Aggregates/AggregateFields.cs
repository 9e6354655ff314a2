using System.Linq.Expressions;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Lists;
using CreativeGraph.Data.Paging;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Aggregates;

/// <summary>
/// <c>aggregate</c> on every connection the data layer makes (root and nested): the field, and the scope each
/// connection value keeps for it. A request that does not select <c>aggregate</c> builds nothing of it.
/// </summary>
internal static class AggregateFields
{
    /// <summary>The <c>@cost</c> of <c>aggregate</c> and of each <c>groupBy</c>: one grouped statement each.</summary>
    public const double Cost = 20;

    /// <summary>Adds <c>aggregate: &lt;T&gt;Aggregate!</c> to a connection type of <paramref name="settings"/>' node (give it to <see cref="ConnectionTypeBuilder.AddConnection"/>).</summary>
    public static Action<ObjectTypeDescriptor> Field(ListSettings settings)
    {
        string aggregate = AggregateTypeBuilder.AddAggregate(settings.Data, settings.Node);
        return t => t.Field("aggregate")
            .Type(aggregate + "!")
            .Description("Figures over every element of the list after `where` (count, countDistinct, sum, avg, min, max, groupBy), not only this page.")
            .Cost(Cost)
            .Resolve((FieldResolver)AggregateScopes.ResolveAsync);
    }

    public static void AttachRoot<T>(Connection<T> connection, ListSettings settings, Func<IResolverContext, RentedQuery<T>> source, ListRequest request)
    {
        ParameterExpression x = Expression.Parameter(typeof(T), "x");
        AggregateRows<T, int> rows = new(settings.Data, settings.Node, source, Expression.Lambda(x, x), null, request);
        AggregateScopes.Attach(connection, new AggregateScope<T, int>(rows, 0));
    }

    /// <summary>The rows of a nested list's aggregates, shared by the connections of one batch.</summary>
    public static AggregateRows<TLink, TKey> Nested<TLink, TKey>(ListSettings settings, Func<IResolverContext, RentedQuery<TLink>> source, LambdaExpression node, KeyShape<TKey> parentKey, ListRequest request)
        where TKey : notnull =>
        new(settings.Data, settings.Node, source, node, parentKey, request);
}
