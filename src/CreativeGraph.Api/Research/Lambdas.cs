using System.Linq.Expressions;

namespace CreativeGraph.Api.Research;

/// <summary>Declared lambdas composed into larger expressions, so the database still reads them as one statement.</summary>
internal static class Lambdas
{
    /// <summary>The body of <paramref name="lambda"/> with <paramref name="arguments"/> in place of its parameters.</summary>
    public static Expression Apply(LambdaExpression lambda, params Expression[] arguments) =>
        new Substitute(lambda.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second)).Visit(lambda.Body);

    private sealed class Substitute(Dictionary<ParameterExpression, Expression> by) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => by.GetValueOrDefault(node) ?? node;
    }
}
