namespace CreativeGraph.Api.Research;

/// <summary>
/// A span of days, both ends included, as <see cref="DateOnly.DayNumber"/>s. A missing end is open
/// (<see cref="int.MinValue"/> / <see cref="int.MaxValue"/>). The graph's rule for undated facts follows from it:
/// a fact is outside a period only when its known dates put it there, so a project without dates is in every
/// period, one with only an end date is in every period that starts before that end.
/// </summary>
internal readonly record struct Period(int From, int To)
{
    /// <summary>No bound: every fact is active.</summary>
    public static Period All { get; } = new(int.MinValue, int.MaxValue);

    public bool IsAll => From == int.MinValue && To == int.MaxValue;

    /// <summary>The span of a fact from its known dates (a missing date leaves that end open).</summary>
    public static Period Of(DateOnly? start, DateOnly? end) => new(start?.DayNumber ?? int.MinValue, end?.DayNumber ?? int.MaxValue);

    /// <summary>1 January of <paramref name="fromYear"/> to 31 December of <paramref name="toYear"/>; a null year leaves that end open.</summary>
    public static Period Years(int? fromYear, int? toYear) => new(
        fromYear is int f ? new DateOnly(f, 1, 1).DayNumber : int.MinValue,
        toYear is int t ? new DateOnly(t, 12, 31).DayNumber : int.MaxValue);

    /// <summary>True when the two spans share at least one day.</summary>
    public bool Overlaps(Period other) => other.From <= To && other.To >= From;

    /// <summary>The days both spans hold; empty (<see cref="IsEmpty"/>) when they do not meet.</summary>
    public Period Intersect(Period other) => new(Math.Max(From, other.From), Math.Min(To, other.To));

    public bool IsEmpty => From > To;

    public DateOnly? FromDate => From == int.MinValue ? null : DateOnly.FromDayNumber(From);

    public DateOnly? ToDate => To == int.MaxValue ? null : DateOnly.FromDayNumber(To);
}
