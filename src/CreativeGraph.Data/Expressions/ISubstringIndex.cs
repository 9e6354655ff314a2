using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Data.Expressions;

/// <summary>
/// Indexes that find the rows whose text column, lowered, contains a lowered term of three characters or more
/// (<see cref="CaseFolding.ContainsFolded"/>) without reading every row, e.g. over the column's trigrams.
/// </summary>
public interface ISubstringIndex
{
    /// <summary>
    /// The test "<paramref name="column"/>, lowered, contains <paramref name="loweredTerm"/>" served by an index, as
    /// a LINQ expression EF Core can translate; null when no index covers the column.
    /// </summary>
    /// <param name="context">The context compiling the query.</param>
    /// <param name="column">The column, a member of an entity (e.g. <c>p.Name</c>).</param>
    /// <param name="loweredTerm">The lowered term: a parameter of the query.</param>
    Expression? Contains(DbContext context, MemberExpression column, Expression loweredTerm);

    /// <summary>
    /// The number of rows of the column's entity whose column, lowered, contains <paramref name="loweredTerm"/>,
    /// counted in the index alone (a query expression of type <see cref="int"/>); null when the index cannot count
    /// without the table's rows. Used for a count whose only condition is that test.
    /// </summary>
    /// <param name="context">The context compiling the query.</param>
    /// <param name="column">The column, a member of an entity (e.g. <c>p.Name</c>).</param>
    /// <param name="loweredTerm">The lowered term: a parameter of the query.</param>
    Expression? Count(DbContext context, MemberExpression column, Expression loweredTerm);
}
