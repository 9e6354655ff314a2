using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Numerics;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Data.Sorting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace CreativeGraph.Data.Statements;

/// <summary>
/// What a statement of our own needs to know of a request, read from the expressions the data conventions build:
/// the table behind a source, the columns of a projected element, the columns of the sort keys. Every answer is
/// "null" for anything but the plain case, and the caller then runs the query through EF Core's LINQ as before.
/// </summary>
internal static class StatementShapes
{
    /// <summary>Most keys one statement takes as parameters; a larger batch runs through EF Core's LINQ.</summary>
    public const int MaxKeys = 1024;

    /// <summary>Statement plans kept per model; beyond it new shapes run through EF Core's LINQ.</summary>
    private const int MaxPlans = 4096;

    /// <summary>
    /// The context behind <paramref name="owner"/> and the table of <paramref name="source"/> when the source is a
    /// whole table (<c>db.Partners</c>, perhaps <c>AsNoTracking()</c>): no condition, no include, nothing else.
    /// </summary>
    public static bool TryTable<T>(IQueryable<T> source, object? owner, out DbContext context, out TableMap table) =>
        TryTable(source.Expression, typeof(T), owner, out context, out table);

    /// <inheritdoc cref="TryTable{T}(IQueryable{T}, object?, out DbContext, out TableMap)"/>
    public static bool TryTable(Expression source, Type type, object? owner, out DbContext context, out TableMap table)
    {
        context = null!;
        table = null!;
        if (QueryExecution.ContextOf(owner) is not { } db || WithoutTracking(source) is not EntityQueryRootExpression root || root.EntityType.ClrType != type
            || ((IDatabaseFacadeDependenciesAccessor)db.Database).Dependencies is not IRelationalDatabaseFacadeDependencies)
        {
            return false;
        }

        TableMap? map = TableMap.Find(db, type);
        if (map is null)
        {
            return false;
        }

        context = db;
        table = map;
        return true;
    }

    /// <summary><paramref name="query"/> without its <c>AsNoTracking()</c> calls (our statements never track).</summary>
    public static Expression WithoutTracking(Expression query)
    {
        while (query is MethodCallExpression { Method.Name: nameof(EntityFrameworkQueryableExtensions.AsNoTracking) or nameof(EntityFrameworkQueryableExtensions.AsNoTrackingWithIdentityResolution) } call
            && call.Method.DeclaringType == typeof(EntityFrameworkQueryableExtensions))
        {
            query = call.Arguments[0];
        }

        return query;
    }

    /// <summary>The table of <paramref name="type"/> in the context's model, when it is a simple table.</summary>
    public static TableMap? Table(DbContext context, Type type) => TableMap.Find(context, type);

    /// <summary>
    /// The columns an element reads: every scalar of the row for <paramref name="x"/> itself, the bound members for
    /// <c>new T { A = x.A, B = x.B }</c>; null for anything else (a navigation, a computed member, a type without a
    /// parameterless constructor).
    /// </summary>
    public static IReadOnlyList<ColumnMap>? Columns(Expression node, ParameterExpression x, TableMap table)
    {
        if (node.Type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        if (node == x)
        {
            return table.Scalars;
        }

        if (node is not MemberInitExpression { NewExpression.Arguments.Count: 0 } init || init.Type != x.Type)
        {
            return null;
        }

        List<ColumnMap> columns = [];
        foreach (MemberBinding binding in init.Bindings)
        {
            if (binding is not MemberAssignment assignment || Column(assignment.Expression, x, table) is not { } column || column.Member != binding.Member)
            {
                return null;
            }

            columns.Add(column);
        }

        return columns;
    }

    /// <summary>The column of <c>x.Member</c> (through a conversion to a nullable type), or null.</summary>
    public static ColumnMap? Column(Expression body, ParameterExpression x, TableMap table)
    {
        while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            body = convert.Operand;
        }

        return body is MemberExpression member && member.Expression == x ? table.Column(member.Member) : null;
    }

    /// <summary>The sort keys as columns with the type their cursor values have, or null when one is not a plain column.</summary>
    public static IReadOnlyList<SortColumn>? SortColumns(IReadOnlyList<SortKey> keys, ParameterExpression x, TableMap table)
    {
        SortColumn[] columns = new SortColumn[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            if (Column(keys[i].Body, x, table) is not { } column || !OrdersNatively(column))
            {
                return null;
            }

            columns[i] = new SortColumn(column, keys[i].Type, keys[i].Descending);
        }

        return columns;
    }

    /// <summary>
    /// Where each sort key's value is read: the column of the element when it selects it already, else one more column
    /// after the element's (<paramref name="first"/> is the element's first ordinal). The extra columns are returned in order.
    /// </summary>
    public static (int[] Ordinals, List<ColumnMap> Extra) SortOrdinals(IReadOnlyList<ColumnMap> columns, IReadOnlyList<SortColumn> keys, int first)
    {
        int[] ordinals = new int[keys.Count];
        List<ColumnMap> extra = [];
        for (int i = 0; i < keys.Count; i++)
        {
            int selected = IndexOf(columns, keys[i].Column);
            if (selected < 0)
            {
                selected = columns.Count + extra.Count;
                extra.Add(keys[i].Column);
            }

            ordinals[i] = first + selected;
        }

        return (ordinals, extra);
    }

    /// <summary>The position of <paramref name="column"/> among <paramref name="columns"/>, or -1.</summary>
    public static int IndexOf(IReadOnlyList<ColumnMap> columns, ColumnMap column)
    {
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether <c>ORDER BY column</c> orders as the CLR values do on every provider, so it is what EF Core would
    /// emit: integers, text, dates and booleans as stored. Not decimals, which SQLite stores as text and EF Core
    /// orders with a collation of its own.
    /// </summary>
    private static bool OrdersNatively(ColumnMap column)
    {
        Type stored = column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType;
        stored = Nullable.GetUnderlyingType(stored) ?? stored;
        return stored == typeof(int) || stored == typeof(long) || stored == typeof(short) || stored == typeof(string)
            || stored == typeof(DateOnly) || stored == typeof(bool);
    }

    /// <summary>Parameter slots for <paramref name="count"/> keys: exact up to 8, then the next power of two (the last key repeated), so few statement texts exist.</summary>
    public static int KeySlots(int count) => count <= 8 ? count : (int)BitOperations.RoundUpToPowerOf2((uint)count);

    /// <summary>The keys as parameter values, padded to <paramref name="slots"/> by repeating the last one.</summary>
    public static object?[] KeyValues<TKey>(IReadOnlyList<TKey> keys, int slots, int extra)
    {
        object?[] values = new object?[slots + extra];
        for (int i = 0; i < slots; i++)
        {
            values[i] = keys[Math.Min(i, keys.Count - 1)];
        }

        return values;
    }

    /// <summary><c>@k0, @k1, …</c> and the parameters behind them.</summary>
    public static string KeyList(ISqlGenerationHelper helper, int slots, RelationalTypeMapping mapping, List<(string Name, RelationalTypeMapping Mapping)> parameters)
    {
        string[] names = new string[slots];
        for (int i = 0; i < slots; i++)
        {
            string name = "k" + i;
            names[i] = helper.GenerateParameterNamePlaceholder(name);
            parameters.Add((name, mapping));
        }

        return string.Join(", ", names);
    }

    /// <summary>The plan of one statement shape, built once per model and kept; null when the cache is full.</summary>
    public static TPlan? Plan<TPlan>(DbContext context, string key, Func<TPlan> build)
        where TPlan : class
    {
        ConcurrentDictionary<string, object> plans = context.Model.GetOrAddRuntimeAnnotationValue(
            "CreativeGraph:StatementPlans",
            static _ => new ConcurrentDictionary<string, object>(StringComparer.Ordinal),
            (object?)null);
        if (plans.TryGetValue(key, out object? plan))
        {
            return (TPlan)plan;
        }

        return plans.Count >= MaxPlans ? null : (TPlan)plans.GetOrAdd(key, _ => build());
    }

    /// <summary>The SQL of <c>ORDER BY</c> over <paramref name="alias"/>'s sort columns, each direction flipped when <paramref name="reverse"/>.</summary>
    public static string OrderBy(string alias, IReadOnlyList<SortColumn> keys, bool reverse) =>
        string.Join(", ", keys.Select(k => $"{alias}.{k.Column.Column}" + (k.Descending != reverse ? " DESC" : string.Empty)));

    /// <summary>A key for the plan cache naming the members read (shapes differ by them, not by values).</summary>
    public static string Names(IEnumerable<ColumnMap> columns) => string.Join(",", columns.Select(c => c.Member.Name));

    public static string Names(IEnumerable<SortColumn> keys, bool reverse) =>
        string.Join(",", keys.Select(k => k.Column.Member.Name + ":" + k.Type.Name + (k.Descending != reverse ? ":d" : ":a")));
}

/// <summary>A sort key that is a plain column; <see cref="Type"/> is the CLR type of its cursor value.</summary>
internal sealed record SortColumn(ColumnMap Column, Type Type, bool Descending);
