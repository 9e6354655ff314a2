using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Data.Core;
using CreativeGraph.Data.Expressions;

namespace CreativeGraph.Data.Filtering;

/// <summary>
/// Turns a coerced <c>where</c> value (input objects as <c>IReadOnlyDictionary&lt;string, object?&gt;</c>) into a
/// predicate EF Core translates to one SQL WHERE clause. Values become SQL parameters, never literals. Fields of one object are
/// ANDed; <c>and: []</c> matches everything, <c>or: []</c> nothing.
/// </summary>
internal sealed class FilterTranslator(DataSchema data)
{
    private static readonly MethodInfo s_contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo s_startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo s_endsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;

    public Expression<Func<T, bool>>? Translate<T>(object? where)
    {
        ParameterExpression x = Expression.Parameter(typeof(T), "x");
        return Translate(x, where) is { } body ? Expression.Lambda<Func<T, bool>>(body, x) : null;
    }

    /// <summary>The predicate over <paramref name="x"/>; null when there is no filter.</summary>
    public Expression? Translate(ParameterExpression x, object? where) =>
        where is IReadOnlyDictionary<string, object?> fields ? ObjectFilter(x.Type, x, fields, null) : null;

    private Expression ObjectFilter(Type type, Expression target, IReadOnlyDictionary<string, object?> fields, string? path)
    {
        Dictionary<string, EntityMember> members = data.Members(type).ToDictionary(m => m.Name, StringComparer.Ordinal);
        List<Expression> parts = [];
        foreach ((string name, object? value) in fields)
        {
            string field = path is null ? name : path + "." + name;
            if (value is null)
            {
                throw DataMessages.NullValue(field);
            }

            if (name is "and" or "or")
            {
                IEnumerable<Expression> items = Items(value).Select(i => ObjectFilter(type, target, Map(i, field), field));
                parts.Add(name == "and" ? Comparisons.All(items) : Comparisons.Any(items));
                continue;
            }

            EntityMember member = members[name];
            if (member.Shape == MemberShape.ObjectList)
            {
                parts.Add(ListOperations(member, member.Access(target), Map(value, field), field));
                continue;
            }

            Expression access = member.Access(target)[0];
            parts.Add(member.Shape switch
            {
                // decimals compare exactly on both providers; on SQLite (text) EF Core's ef_compare does it
                MemberShape.Scalar => Operations(member, access, Map(value, field), field),
                // region: {…}  →  SQL: LEFT JOIN Regions … WHERE r.Id IS NOT NULL AND …
                _ => Expression.AndAlso(Comparisons.IsNotNull(access), ObjectFilter(member.ValueType, access, Map(value, field), field)),
            });
        }

        return Comparisons.All(parts);
    }

    /// <summary>
    /// some/all/none/any over a list, each a correlated EXISTS in SQL. A declared list is the union of its branches:
    /// some and any hold when they hold for one branch, all when for every branch, none when some does not.
    /// </summary>
    private Expression ListOperations(EntityMember member, IReadOnlyList<Expression> branches, IReadOnlyDictionary<string, object?> operations, string path)
    {
        List<Expression> parts = [];
        foreach ((string operation, object? value) in operations)
        {
            string field = path + "." + operation;
            if (value is null)
            {
                throw DataMessages.NullValue(field);
            }

            Type element = member.ValueType;
            if (operation == "any")
            {
                // any: true  →  SQL: EXISTS (SELECT 1 FROM … WHERE parent = x.Id)
                Expression exists = Comparisons.Any(branches.Select(b => LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], b)));
                parts.Add((bool)value ? exists : Expression.Not(exists));
                continue;
            }

            ParameterExpression e = Expression.Parameter(element, "e");
            LambdaExpression predicate = Expression.Lambda(ObjectFilter(element, e, Map(value, field), field), e);
            Expression Some() => Comparisons.Any(branches.Select(b => LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Any), [element], b, predicate)));
            parts.Add(operation switch
            {
                "some" => Some(),
                "none" => Expression.Not(Some()),
                _ => Comparisons.All(branches.Select(b => LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.All), [element], b, predicate))),
            });
        }

        return Comparisons.All(parts);
    }

    private Expression Operations(EntityMember member, Expression access, IReadOnlyDictionary<string, object?> operations, string path)
    {
        List<Expression> parts = [];
        foreach ((string operation, object? value) in operations)
        {
            string field = path + "." + operation;
            if (value is null)
            {
                // eq: null → SQL: x.Name IS NULL; neq: null → IS NOT NULL (nullable members only, HC0026 otherwise)
                parts.Add(operation switch
                {
                    "eq" when member.IsNullable => Comparisons.IsNull(access),
                    "neq" when member.IsNullable => Comparisons.IsNotNull(access),
                    _ => throw DataMessages.NullValue(field),
                });
                continue;
            }

            if (operation is "and" or "or")
            {
                IEnumerable<Expression> items = Items(value).Select(i => Operations(member, access, Map(i, field), field));
                parts.Add(operation == "and" ? Comparisons.All(items) : Comparisons.Any(items));
                continue;
            }

            parts.Add(Operation(member, access, operation, member.GlobalIdType is null ? value : LocalIds(member.GlobalIdType, value, field), field));
        }

        return Comparisons.All(parts);
    }

    private static Expression Operation(EntityMember member, Expression access, string operation, object value, string field)
    {
        bool negated = operation.StartsWith('n') && operation != "neq";
        string positive = negated ? operation[1..] : operation;
        Expression test = positive switch
        {
            // eq → SQL: x.Name = @p (exact, the column's collation); neq → x.Name <> @p OR x.Name IS NULL
            "eq" => Expression.Equal(access, Parameter(value, access.Type)),
            "neq" => Expression.NotEqual(access, Parameter(value, access.Type)),
            // in → SQL: x.Name IN (SELECT value FROM json_each(@p)) on SQLite, = ANY(@p) on PostgreSQL
            "in" => In(member, access, value, field),
            "gt" => Comparisons.Compare(ExpressionType.GreaterThan, access, Parameter(value, access.Type)),
            "gte" => Comparisons.Compare(ExpressionType.GreaterThanOrEqual, access, Parameter(value, access.Type)),
            "lt" => Comparisons.Compare(ExpressionType.LessThan, access, Parameter(value, access.Type)),
            "lte" => Comparisons.Compare(ExpressionType.LessThanOrEqual, access, Parameter(value, access.Type)),
            // contains → SQL: instr(lower_invariant(x.Name), @p) > 0 with @p lowered in .NET (see CaseFolding); a
            // term of three characters or more through ContainsFolded, which a context may serve from a trigram index
            "contains" => Contains(access, value),
            "startsWith" => Text(s_startsWith, access, value),
            "endsWith" => Text(s_endsWith, access, value),
            _ => throw new InvalidOperationException($"Unknown filter operation \"{operation}\"."),
        };

        if (!negated)
        {
            // A positive text operation never matches NULL: x.Name IS NOT NULL AND …
            return member.IsNullable && positive is "contains" or "startsWith" or "endsWith"
                ? Expression.AndAlso(Comparisons.IsNotNull(access), test)
                : test;
        }

        // nin is !list.Contains(x) with C# null semantics, which EF Core keeps: NULL rows match exactly when the
        // list holds no null. Every other negation matches NULL:  ngt → x IS NULL OR NOT (x > @p)
        return member.IsNullable && positive != "in" ? Expression.OrElse(Comparisons.IsNull(access), Expression.Not(test)) : Expression.Not(test);
    }

    // id: { eq: "UmVnaW9uOjE=" }  →  SQL: x.Id = @p with @p = 1; an ID of another type is an error, not "no match"
    private static object LocalIds(string typeName, object value, string field)
    {
        int Local(object? id) => id is string text && Relay.GlobalId.TryDecode(text, out string? type, out int key) && type == typeName
            ? key
            : throw Relay.RelayMessages.InvalidFilterId(field, id as string ?? "", typeName);

        return value is string ? Local(value) : Items(value).Select(i => (object?)Local(i)).ToList();
    }

    private static Expression Text(MethodInfo method, Expression access, object value) =>
        Expression.Call(Expression.Call(CaseFolding.LowerMethod, access), method, ParameterBox.Create(CaseFolding.Lower((string)value), typeof(string)));

    private static Expression Contains(Expression access, object value)
    {
        string term = CaseFolding.Lower((string)value)!;
        return CaseFolding.IsIndexable(term)
            ? Expression.Call(CaseFolding.ContainsFoldedMethod, access, ParameterBox.Create(term, typeof(string)))
            : Text(s_contains, access, value);
    }

    private static Expression In(EntityMember member, Expression access, object value, string field)
    {
        object?[] items = [.. Items(value).Select(i => ScalarKinds.ToClr(i, Nullable.GetUnderlyingType(access.Type) ?? access.Type))];
        if (!member.IsNullable && items.Contains(null))
        {
            throw DataMessages.NullValue(field);
        }

        Array array = Array.CreateInstance(access.Type, items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        return LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [access.Type], ParameterBox.Create(array, array.GetType()), access);
    }

    private static Expression Parameter(object value, Type type) =>
        ParameterBox.Create(ScalarKinds.ToClr(value, Nullable.GetUnderlyingType(type) ?? type), type);

    private static IEnumerable<object?> Items(object value) => value is IEnumerable items and not string ? items.Cast<object?>() : [value];

    private static IReadOnlyDictionary<string, object?> Map(object? value, string field) =>
        value as IReadOnlyDictionary<string, object?> ?? throw DataMessages.NullValue(field);
}
