using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// Runs a query built per request as an EF Core compiled query shared by every query of the same shape. The user
/// values in the tree (<see cref="ParameterBox"/> holders) become the compiled query's parameters, so the
/// template holds no value of any request, and the SQL keeps its parameters. What a request then pays is one walk
/// of its tree to take the values out and one lookup; EF Core's per-execution parameter extraction and query-cache
/// key are skipped. A shape EF Core cannot compile this way, or one with more parameters than its compiled queries
/// take, runs as an ordinary query.
/// </summary>
internal static class CompiledQueryTemplates
{
    /// <summary>EF Core's compiled queries take up to 15 parameters besides the context.</summary>
    private const int MaxParameters = 15;

    /// <summary>Shapes kept per result type; beyond it new shapes run uncompiled (documents are bounded, variables are not).</summary>
    private const int MaxShapes = 2048;

    private static readonly MethodInfo[] s_compileAsync = [.. typeof(EF).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.Name == nameof(EF.CompileAsyncQuery) && IsEnumerableOverload(m))
        .OrderBy(m => m.GetGenericArguments().Length)];

    /// <summary>
    /// The rows of <paramref name="query"/> through its shape's compiled query, or through the query itself when the
    /// shape runs uncompiled. A shape's first run proves it: when EF Core cannot compile it with parameters (e.g. a
    /// method call on a captured value that it would have evaluated first), the shape is marked and runs uncompiled.
    /// </summary>
    public static async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, DbContext context, CancellationToken cancellationToken)
    {
        Parameterized shape = Parameterizer.Run(query.Expression);
        Template<T>? template = shape.Values.Count > MaxParameters ? null : Cache<T>.Get(new ShapeKey(context.Model, shape.Body), shape);
        if (template is not null)
        {
            try
            {
                List<T> rows = [];
                await foreach (T row in template.Run(context, [.. shape.Values]).WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(row);
                }

                template.Proven = true;
                return rows;
            }
            catch (InvalidOperationException) when (!template.Proven)
            {
                template.Failed = true;
            }
        }

        return await query.ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsEnumerableOverload(MethodInfo method)
    {
        Type result = method.ReturnType;
        if (!result.IsGenericType || result.GetGenericArguments()[^1] is not { IsGenericType: true } last || last.GetGenericTypeDefinition() != typeof(IAsyncEnumerable<>))
        {
            return false;
        }

        // Expression<Func<TContext, …, IQueryable<TResult>>>, not the IIncludableQueryable overloads
        Type lambda = method.GetParameters()[0].ParameterType.GetGenericArguments()[0];
        Type body = lambda.GetGenericArguments()[^1];
        return body.IsGenericType && body.GetGenericTypeDefinition() == typeof(IQueryable<>);
    }

    private static class Cache<T>
    {
        private static readonly ConcurrentDictionary<ShapeKey, Template<T>> s_shapes = new();

        public static Template<T>? Get(ShapeKey key, Parameterized shape)
        {
            if (!s_shapes.TryGetValue(key, out Template<T>? template))
            {
                if (s_shapes.Count >= MaxShapes)
                {
                    return null;
                }

                template = s_shapes.GetOrAdd(key, new Template<T>(Compile(shape)));
            }

            return template.Failed ? null : template;
        }

        // (db, values) => EF.CompileAsyncQuery((DbContext c, T0 Value0, …) => body)(db, (T0)values[0], …)
        private static Func<DbContext, object?[], IAsyncEnumerable<T>>? Compile(Parameterized shape)
        {
            ParameterExpression context = Expression.Parameter(typeof(DbContext), "context");
            MethodInfo? overload = s_compileAsync.FirstOrDefault(m => m.GetGenericArguments().Length == shape.Parameters.Count + 2);
            if (overload is null)
            {
                return null;
            }

            Type[] arguments = [typeof(DbContext), .. shape.Parameters.Select(p => p.Type), typeof(T)];
            LambdaExpression template = Expression.Lambda(
                Expression.GetFuncType([typeof(DbContext), .. shape.Parameters.Select(p => p.Type), typeof(IQueryable<T>)]),
                shape.Body,
                [context, .. shape.Parameters]);
            object query = overload.MakeGenericMethod(arguments).Invoke(null, [template])!;

            ParameterExpression db = Expression.Parameter(typeof(DbContext), "db");
            ParameterExpression values = Expression.Parameter(typeof(object?[]), "values");
            Expression[] typed = [db, .. shape.Parameters.Select((p, i) => Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), p.Type))];
            return Expression.Lambda<Func<DbContext, object?[], IAsyncEnumerable<T>>>(Expression.Invoke(Expression.Constant(query), typed), db, values).Compile();
        }
    }

    /// <summary>One shape's compiled query; <see cref="Failed"/> when EF Core could not compile it with parameters.</summary>
    private sealed class Template<T>(Func<DbContext, object?[], IAsyncEnumerable<T>>? run)
    {
        public bool Proven { get; set; }

        public bool Failed { get; set; } = run is null;

        public IAsyncEnumerable<T> Run(DbContext context, object?[] values) => run!(context, values);
    }

    /// <summary>A query's tree with its user values replaced by parameters (<c>Value0</c>, <c>List1_</c>…) in the order met.</summary>
    private sealed record Parameterized(Expression Body, List<ParameterExpression> Parameters, List<object?> Values);

    private sealed class Parameterizer : ExpressionVisitor
    {
        private readonly List<ParameterExpression> _parameters = [];
        private readonly List<object?> _values = [];

        public static Parameterized Run(Expression query)
        {
            Parameterizer visitor = new();
            Expression body = visitor.Visit(query);
            return new Parameterized(body, visitor._parameters, visitor._values);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (ParameterBox.TryRead(node, out object? value) || CapturedValue.TryRead(node, out value))
            {
                // SQL names: @Value0 for a value, @List1_1, @List1_2 … for the elements of a list EF Core expands
                string name = node.Type.IsArray ? $"List{_parameters.Count}_" : $"Value{_parameters.Count}";
                ParameterExpression parameter = Expression.Parameter(node.Type, name);
                _parameters.Add(parameter);
                _values.Add(value);
                return parameter;
            }

            return base.VisitMember(node);
        }
    }

    /// <summary>A shape: the model (contexts of one model share compiled queries) and the parameterised tree.</summary>
    private readonly struct ShapeKey(IModel model, Expression body) : IEquatable<ShapeKey>
    {
        private readonly IModel _model = model;
        private readonly Expression _body = body;
        private readonly int _hash = HashCode.Combine(model, ExpressionEqualityComparer.Instance.GetHashCode(body));

        public bool Equals(ShapeKey other) =>
            _hash == other._hash && ReferenceEquals(_model, other._model) && ExpressionEqualityComparer.Instance.Equals(_body, other._body);

        public override bool Equals(object? obj) => obj is ShapeKey other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
