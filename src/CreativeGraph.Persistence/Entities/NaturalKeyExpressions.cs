using System.Linq.Expressions;
using System.Reflection;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Persistence.Entities;

/// <summary>
/// The query form of a natural key: <c>x => new EntityKeyRow { Id = id(x), Key = key(x) }</c>, with every
/// <see cref="EntityKeys.Compose(string, string)"/> spelled out as <c>first + "/" + second</c>, which the database
/// translates. The separator is <see cref="EntityKeys.Separator"/>, the one the import and the generator write.
/// </summary>
internal static class NaturalKeyExpressions
{
    private static readonly MethodInfo s_compose = typeof(EntityKeys).GetMethod(nameof(EntityKeys.Compose), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo s_concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

    public static Expression<Func<T, EntityKeyRow>> Row<T>(Expression<Func<T, int>> id, Expression<Func<T, string>> naturalKey)
    {
        ParameterExpression x = naturalKey.Parameters[0];
        Expression idBody = new Rebind(id.Parameters[0], x).Visit(id.Body);
        Expression keyBody = new Rebind(null, null).Visit(naturalKey.Body);
        return Expression.Lambda<Func<T, EntityKeyRow>>(
            Expression.MemberInit(
                Expression.New(typeof(EntityKeyRow)),
                Expression.Bind(typeof(EntityKeyRow).GetProperty(nameof(EntityKeyRow.Id))!, idBody),
                Expression.Bind(typeof(EntityKeyRow).GetProperty(nameof(EntityKeyRow.Key))!, keyBody)),
            x);
    }

    /// <summary>Puts one lambda's parameter in place of another's and spells out key composition.</summary>
    private sealed class Rebind(ParameterExpression? from, ParameterExpression? to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to! : node;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != s_compose)
            {
                return base.VisitMethodCall(node);
            }

            Expression first = Visit(node.Arguments[0]);
            Expression second = Visit(node.Arguments[1]);
            return Expression.Add(Expression.Add(first, Expression.Constant(EntityKeys.Separator), s_concat), second, s_concat);
        }
    }
}
