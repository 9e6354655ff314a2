using CreativeGraph.Data.Paging;
using CreativeGraph.GraphQL.TypeSystem;

namespace CreativeGraph.Data.Aggregates;

/// <summary>
/// The figures of one aggregate (or one group) as read: <c>count</c>, <c>countDistinct:FIELD</c>,
/// <c>sum:field</c>, <c>key:field</c>, …; the fields of the aggregate types read them by name.
/// </summary>
internal sealed class AggregateValues(IReadOnlyDictionary<string, object?> values, IAggregateScope? scope, bool empty = false)
{
    /// <summary>Where <c>groupBy</c> runs its statement (null on a group).</summary>
    public IAggregateScope? Scope { get; } = scope;

    public object? Get(string name) => empty && (name == "count" || name.StartsWith("countDistinct:", StringComparison.Ordinal) || name.StartsWith("sum:", StringComparison.Ordinal))
        ? 0
        : values.GetValueOrDefault(name);
}

/// <summary>The value of <c>sum</c>, <c>avg</c>, <c>min</c> or <c>max</c>: its fields read <c>function:field</c>.</summary>
internal sealed class FigureSet(AggregateValues values, string function)
{
    public object? Get(string field) => values.Get(function + ":" + field);
}

/// <summary>Where an aggregate's statements run: a root list, or one parent's part of a nested list.</summary>
internal interface IAggregateScope
{
    /// <summary>The figures selected below <c>aggregate</c> (one statement).</summary>
    ValueTask<AggregateValues> FiguresAsync(IResolverContext context);

    /// <summary>The groups of <c>groupBy</c> with the figures selected on them (one statement).</summary>
    ValueTask<object?> GroupsAsync(IResolverContext context);
}

/// <summary>The aggregate scope of each connection value the data layer made, for its <c>aggregate</c> field.</summary>
internal static class AggregateScopes
{
    public static void Attach<T>(Connection<T> connection, IAggregateScope scope) => connection.AggregateScope = scope;

    /// <summary>
    /// Resolves <c>aggregate</c> on a connection; a connection without a scope is a parent's empty list (its key is
    /// null): counts and sums 0, the rest null, no groups.
    /// </summary>
    public static async ValueTask<object?> ResolveAsync(IResolverContext context) =>
        context.Parent is IHasAggregateScope { AggregateScope: IAggregateScope scope }
            ? await scope.FiguresAsync(context).ConfigureAwait(true)
            : new AggregateValues(new Dictionary<string, object?>(), new EmptyScope(), empty: true);

    private sealed class EmptyScope : IAggregateScope
    {
        public ValueTask<AggregateValues> FiguresAsync(IResolverContext context) => ValueTask.FromResult(new AggregateValues(new Dictionary<string, object?>(), this, empty: true));

        public ValueTask<object?> GroupsAsync(IResolverContext context) => ValueTask.FromResult<object?>(Array.Empty<AggregateValues>());
    }
}
