using System.Linq.Expressions;
using CreativeGraph.Persistence.Model;

namespace CreativeGraph.Api.Research;

/// <summary>
/// When projects, events and memberships are active, the one definition used by the adjacency index (in memory)
/// and by the statements of collaborations, statistics and the export (in SQL). A missing date never excludes
/// (<see cref="Period"/>): a project runs from its start to its end date; an event from its start (or 1 January of
/// its year) to its end (or its start, or 31 December of its year); a membership from joining to the last day of
/// the latest year its exclusion may have happened in. Everything else (places, programmes, sectors, people) is timeless.
/// </summary>
internal static class ActivePeriods
{
    public static Period Project(DateOnly? start, DateOnly? end) => Period.Of(start, end);

    public static Period Event(DateOnly? start, DateOnly? end, int? year) => Period.Of(
        start ?? (year is int y ? new DateOnly(y, 1, 1) : null),
        end ?? start ?? (year is int z ? new DateOnly(z, 12, 31) : null));

    public static Period Membership(DateOnly? joinedOn, MembershipStatus status, int? excludedLatestYear) => Period.Of(
        joinedOn,
        status == MembershipStatus.Excluded && excludedLatestYear is int year ? new DateOnly(year, 12, 31) : null);

    /// <summary>When a row of <typeparamref name="T"/> is active as a node (projects and events), as the index reads it; null for timeless types.</summary>
    public static Expression<Func<T, Period>>? NodeSpan<T>() => (typeof(T) == typeof(Project)
        ? (LambdaExpression)(Expression<Func<Project, Period>>)(p => Project(p.StartDate, p.EndDate))
        : typeof(T) == typeof(Event) ? (Expression<Func<Event, Period>>)(e => Event(e.StartDate, e.EndDate, e.Year)) : null) as Expression<Func<T, Period>>;

    /// <summary>When the edges a row of <typeparamref name="T"/> makes are active (memberships); null when they are as active as their ends.</summary>
    public static Expression<Func<T, Period>>? EdgeSpan<T>() => (typeof(T) == typeof(Membership)
        ? (Expression<Func<Membership, Period>>)(m => Membership(m.JoinedOn, m.Status, m.ExcludedLatestYear))
        : null) as Expression<Func<T, Period>>;

    /// <summary>The projects active in <paramref name="period"/>, as a predicate the database evaluates.</summary>
    public static Expression<Func<Project, bool>> ProjectIn(Period period)
    {
        DateOnly? from = period.FromDate;
        DateOnly? to = period.ToDate;
        return (from, to) switch
        {
            (null, null) => p => true,
            (DateOnly f, null) => p => p.EndDate == null || p.EndDate >= f,
            (null, DateOnly t) => p => p.StartDate == null || p.StartDate <= t,
            (DateOnly f, DateOnly t) => p => (p.EndDate == null || p.EndDate >= f) && (p.StartDate == null || p.StartDate <= t),
        };
    }
}
