using System.Linq.Expressions;
using System.Reflection;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// The member chains a lambda reads from its parameter: <c>p =&gt; (p.Slug, p.City.Id)</c> reads <c>[Slug]</c> and
/// <c>[City, Id]</c>. Projections use them to keep the columns that resolvers need.
/// </summary>
internal static class MemberPaths
{
    public static IReadOnlyList<PropertyInfo[]> Of(LambdaExpression lambda)
    {
        Collector collector = new(lambda.Parameters[0]);
        collector.Visit(lambda.Body);
        return collector.Paths;
    }

    private sealed class Collector(ParameterExpression parameter) : ExpressionVisitor
    {
        public List<PropertyInfo[]> Paths { get; } = [];

        protected override Expression VisitMember(MemberExpression node)
        {
            List<PropertyInfo> chain = [];
            Expression? current = node;
            while (current is MemberExpression { Member: PropertyInfo property } member)
            {
                chain.Insert(0, property);
                current = member.Expression;
            }

            if (current == parameter && chain.Count > 0)
            {
                Paths.Add([.. chain]);
                return node;
            }

            return base.VisitMember(node);
        }
    }
}
