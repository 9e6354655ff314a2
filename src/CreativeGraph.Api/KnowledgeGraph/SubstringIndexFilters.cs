using System.Linq.Expressions;
using CreativeGraph.Data.Expressions;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.KnowledgeGraph;

/// <summary>
/// Serves <c>contains</c> filters from the knowledge graph's substring indexes (<see cref="SubstringIndex"/>): a
/// term of three characters or more on an indexed column is looked up in the index instead of compared with every
/// row. Both tests say "the column, lowered, contains the lowered term", so the answer is the same; only the plan
/// changes.
/// </summary>
internal sealed class SubstringIndexFilters : ISubstringIndex
{
    public static SubstringIndexFilters Instance { get; } = new();

    public Expression? Contains(DbContext context, MemberExpression column, Expression loweredTerm)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(column);
        return column.Expression is { } entity && Find(column) is { } index
            ? index.Contains(context.Model, context.Database.IsSqlite(), entity, loweredTerm)
            : null;
    }

    public Expression? Count(DbContext context, MemberExpression column, Expression loweredTerm)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(column);
        return Find(column)?.Count(context.Model, context.Database.IsSqlite(), loweredTerm);
    }

    private static SubstringIndex? Find(MemberExpression column) =>
        column.Expression is { } entity && SubstringIndex.Find(entity.Type, column.Member.Name) is { Lowered: true } index ? index : null;
}
