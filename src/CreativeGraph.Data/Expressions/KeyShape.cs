using System.Linq.Expressions;
using System.Reflection;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// A key expression over a row (<c>l =&gt; l.RegionId</c>, or composite <c>l =&gt; new ValueTuple&lt;string, string&gt;(l.EntityType,
/// l.EntityKey)</c> / a record's constructor) split into the columns SQL sees, and the CLR key rebuilt from them.
/// Composite keys group by a value tuple of their columns and filter column by column: SQL
/// <c>WHERE EntityType IN (@t…) AND EntityKey IN (@k…)</c>, exact when all but one column are the same for every key
/// of a batch, else a superset the loader trims to the requested keys.
/// </summary>
internal sealed class KeyShape<TKey>
    where TKey : notnull
{
    private readonly LambdaExpression _key;
    private readonly ConstructorInfo? _constructor;
    private readonly Func<TKey, object?>[] _parts;

    public KeyShape(LambdaExpression key)
    {
        _key = key;
        Expression body = StripConvert(key.Body);
        if (body is NewExpression { Arguments.Count: > 1 } composite)
        {
            _constructor = composite.Constructor;
            Columns = composite.Arguments;
            _parts = [.. composite.Constructor!.GetParameters().Select((p, i) => Part(p, i))];
        }
        else
        {
            Columns = [body];
            _parts = [k => k];
        }
    }

    /// <summary>The key's columns over the key lambda's parameter.</summary>
    public IReadOnlyList<Expression> Columns { get; }

    public ParameterExpression Parameter => _key.Parameters[0];

    /// <summary>The SQL GROUP BY key over <paramref name="row"/>: the column, or a value tuple of the columns.</summary>
    public Expression GroupKey(Expression row)
    {
        Expression[] columns = [.. Columns.Select(c => new ParameterReplacer(Parameter, row).Visit(c))];
        return columns.Length == 1 ? columns[0] : Expression.New(TupleType().GetConstructors()[0], columns);
    }

    /// <summary>The CLR key from a <see cref="GroupKey"/> value (evaluated in the final projection).</summary>
    public Expression Rebuild(Expression groupKey)
    {
        if (_constructor is null)
        {
            return groupKey.Type == typeof(TKey) ? groupKey : Expression.Convert(groupKey, typeof(TKey));
        }

        ParameterInfo[] parameters = _constructor.GetParameters();
        return Expression.New(_constructor, parameters.Select((p, i) => Convert(Expression.Field(groupKey, "Item" + (i + 1)), p.ParameterType)));
    }

    /// <summary><c>x =&gt; keys contain x's key</c>, column by column, the values as array parameters.</summary>
    public Expression In(Expression row, IReadOnlyList<TKey> keys)
    {
        Expression? result = null;
        for (int i = 0; i < Columns.Count; i++)
        {
            Expression column = new ParameterReplacer(Parameter, row).Visit(Columns[i]);
            Func<TKey, object?> part = _parts[i];
            object?[] values = [.. keys.Select(part).Distinct()];
            // A nullable column is compared by its value, so EF Core needs no NULL compensation:
            // SQL x.RegionId IS NOT NULL AND x.RegionId IN (…), not … OR (x.RegionId IS NULL AND array_position(…))
            bool nullable = Nullable.GetUnderlyingType(column.Type) is not null;
            Expression item = nullable ? Expression.Property(column, "Value") : column;
            Array array = Array.CreateInstance(item.Type, values.Length);
            for (int j = 0; j < values.Length; j++)
            {
                array.SetValue(values[j], j);
            }

            // SQLite: x.RegionId IN (@keys1, @keys2, …); PostgreSQL: x."RegionId" = ANY (@keys)
            Expression contains = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [item.Type], ParameterBox.Create(array, array.GetType()), item);
            contains = nullable ? Expression.AndAlso(Comparisons.IsNotNull(column), contains) : contains;
            result = result is null ? contains : Expression.AndAlso(result, contains);
        }

        return result!;
    }

    private Type TupleType() => Type.GetType($"System.ValueTuple`{Columns.Count}")!.MakeGenericType([.. Columns.Select(c => c.Type)]);

    private static Func<TKey, object?> Part(ParameterInfo parameter, int index)
    {
        // ValueTuple: Item1…; a record (or any type): the property named like the constructor parameter.
        MemberInfo member = (MemberInfo?)typeof(TKey).GetField("Item" + (index + 1))
            ?? typeof(TKey).GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new ArgumentException($"The composite key {typeof(TKey).Name} has no member for constructor parameter \"{parameter.Name}\".");
        return member is FieldInfo field ? k => field.GetValue(k) : k => ((PropertyInfo)member).GetValue(k);
    }

    private static Expression Convert(Expression value, Type type) => value.Type == type ? value : Expression.Convert(value, type);

    private static Expression StripConvert(Expression body) => body is UnaryExpression { NodeType: ExpressionType.Convert } u ? StripConvert(u.Operand) : body;
}
