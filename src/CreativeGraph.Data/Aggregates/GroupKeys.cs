namespace CreativeGraph.Data.Aggregates;

// The GROUP BY key of an aggregate statement, one class per arity so that EF Core sees a member-init of typed
// columns (GROUP BY k1, k2, …): the parent key of a nested list first, then the values grouped by.
internal sealed class GroupKey<T1>
{
    public T1 K1 { get; set; } = default!;
}

internal sealed class GroupKey<T1, T2>
{
    public T1 K1 { get; set; } = default!;

    public T2 K2 { get; set; } = default!;
}

internal sealed class GroupKey<T1, T2, T3>
{
    public T1 K1 { get; set; } = default!;

    public T2 K2 { get; set; } = default!;

    public T3 K3 { get; set; } = default!;
}

internal sealed class GroupKey<T1, T2, T3, T4>
{
    public T1 K1 { get; set; } = default!;

    public T2 K2 { get; set; } = default!;

    public T3 K3 { get; set; } = default!;

    public T4 K4 { get; set; } = default!;
}

internal sealed class GroupKey<T1, T2, T3, T4, T5>
{
    public T1 K1 { get; set; } = default!;

    public T2 K2 { get; set; } = default!;

    public T3 K3 { get; set; } = default!;

    public T4 K4 { get; set; } = default!;

    public T5 K5 { get; set; } = default!;
}

/// <summary>A row of an aggregate statement: the group's key values (parent key first) and its figures.</summary>
internal sealed class AggregateRow
{
    public object?[] Keys { get; set; } = [];

    public object?[] Values { get; set; } = [];
}
