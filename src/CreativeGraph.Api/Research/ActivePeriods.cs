using System.Linq.Expressions;
using CreativeGraph.Api.KnowledgeGraph.Entities;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research;

/// <summary>
/// When rows are active, as their entity slices declare it (<see cref="EntityTraversal{T}.Active"/> for nodes,
/// <see cref="EntityTraversal{T}.EdgesActive"/> for the edges a row makes), in the forms its readers need: the span
/// the adjacency index holds (in memory), the columns the graph's fingerprint watches, and the projects active in a
/// period for the statements of collaborations, statistics and the export (in SQL). A missing date never excludes
/// (<see cref="Period"/>); a type that declares nothing is timeless.
/// </summary>
internal static class ActivePeriods
{
    /// <summary>A row's span as an expression: <c>Period.Of(from, to)</c> over the declared days; null when nothing is declared.</summary>
    public static Expression<Func<T, Period>>? Span<T>(ActiveSpan<T>? declared)
    {
        if (declared is null)
        {
            return null;
        }

        Expression<Func<DateOnly?, DateOnly?, Period>> of = (from, to) => Period.Of(from, to);
        ParameterExpression row = declared.From.Parameters[0];
        return Expression.Lambda<Func<T, Period>>(Lambdas.Apply(of, declared.From.Body, Lambdas.Apply(declared.To, row)), row);
    }

    /// <summary>The names of the row's own columns the declared span reads (the fingerprint watches them).</summary>
    public static IEnumerable<string> Columns<T>(ActiveSpan<T>? declared) => declared is null ? [] :
        new[] { declared.From, declared.To }.SelectMany(day => ColumnReader.Of(day.Parameters[0], day.Body)).Distinct(StringComparer.Ordinal);

    /// <summary>The rows active in <paramref name="period"/>, as a predicate the database evaluates (the declared days must be columns).</summary>
    public static Expression<Func<T, bool>> In<T>(ActiveSpan<T> declared, Period period)
    {
        ParameterExpression row = declared.From.Parameters[0];
        Expression test = Expression.Constant(true);
        // The captured days are named f and t: the statements' parameters (@f, @t) take their names.
        if (period.FromDate is DateOnly f)
        {
            // SQL: (to IS NULL OR to >= @f)
            Expression<Func<DateOnly?, bool>> endsAfter = day => day == null || day >= f;
            test = Lambdas.Apply(endsAfter, Lambdas.Apply(declared.To, row));
        }

        if (period.ToDate is DateOnly t)
        {
            // SQL: (from IS NULL OR from <= @t)
            Expression<Func<DateOnly?, bool>> startsBefore = day => day == null || day <= t;
            Expression starts = Lambdas.Apply(startsBefore, declared.From.Body);
            test = test is ConstantExpression ? starts : Expression.AndAlso(test, starts);
        }

        return Expression.Lambda<Func<T, bool>>(test, row);
    }

    /// <summary>The projects active in <paramref name="period"/> (from their start to their end date), as a predicate the database evaluates.</summary>
    public static Expression<Func<Project, bool>> ProjectIn(Period period) => In(ProjectEntity.Project.Traversal!.Active!, period);

    /// <summary>Collects the members read directly off the row parameter (<c>e.StartDate</c>).</summary>
    private sealed class ColumnReader(ParameterExpression row) : ExpressionVisitor
    {
        private readonly List<string> _columns = [];

        public static IEnumerable<string> Of(ParameterExpression row, Expression body)
        {
            var reader = new ColumnReader(row);
            reader.Visit(body);
            return reader._columns;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == row)
            {
                _columns.Add(node.Member.Name);
            }

            return base.VisitMember(node);
        }
    }
}
