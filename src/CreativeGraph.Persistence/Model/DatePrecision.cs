namespace CreativeGraph.Persistence.Model;

/// <summary>
/// How exact a stored date is. A start date holds the first day of the stated period and an end date the
/// last day, e.g. "until December 2012" is stored as 2012-12-31 with <see cref="Month"/>.
/// </summary>
public enum DatePrecision
{
    Day,
    Month,
    Season,
    Year,
}
