using System.Linq.Expressions;

namespace CreativeGraph.Data.Expressions;

/// <summary>Rebinds a lambda body to another parameter, so keys from different lambdas share one <c>x</c>.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
