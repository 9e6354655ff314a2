using System.Globalization;
using CreativeGraph.GraphQL.TypeSystem;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research;

/// <summary>
/// The <c>period: PeriodInput</c> argument of the traversals, statistics, collaborations and centrality:
/// dates, whole years or a programme's period, intersected when several are given (<see cref="Period"/>).
/// </summary>
internal static class PeriodArgument
{
    public const string Name = "period";

    public const string Description = "Consider only projects, memberships and events active in this period (a fact whose known dates do not put it outside counts: a missing date never excludes). Everything when absent.";

    public static SchemaBuilder AddPeriodInput(this SchemaBuilder builder) => builder.AddInputObjectType("PeriodInput", t =>
    {
        t.Description("A span of time, both ends included. `from`/`to` are days, `fromYear`/`toYear` whole years, `programme` a programme's years; what is given is intersected, and a missing end is open.");
        t.Field("from").Type("Date").Description("The first day.");
        t.Field("to").Type("Date").Description("The last day.");
        t.Field("fromYear").Type("Int").Description("The first year (from 1 January).");
        t.Field("toYear").Type("Int").Description("The last year (to 31 December).");
        t.Field("programme").Type("String").Description("The slug of a programme whose period (start year to end year) to use, e.g. a 2007–2013 programme.");
    });

    /// <summary>Adds the argument to a field.</summary>
    public static FieldDescriptor Period(this FieldDescriptor field) => field.Argument(Name, "PeriodInput", a => a.Description(Description));

    /// <summary>The period the argument names, <see cref="Research.Period.All"/> when absent; coded errors for an empty or unknown one.</summary>
    public static async Task<Period> ReadAsync(IResolverContext context)
    {
        (Period period, string? programme) = Parse(context);
        if (programme is not null)
        {
            KnowledgeGraphDbContext db = await context.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>()
                .CreateDbContextAsync(context.RequestAborted).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                period = WithProgramme(period, programme, await ProgrammeYears(db, programme).FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false));
            }
        }

        return Checked(period);
    }

    /// <summary>
    /// The same for the data conventions' sources, which are synchronous and get the batch's rented context: a
    /// programme's years are then read with it (one small statement per batch, only when a programme is named).
    /// </summary>
    public static Period Read(IResolverContext context, KnowledgeGraphDbContext db)
    {
        (Period period, string? programme) = Parse(context);
        return Checked(programme is null ? period : WithProgramme(period, programme, ProgrammeYears(db, programme).FirstOrDefault()));
    }

    /// <summary>The dates and years of the argument, intersected, and the programme slug it names (null when none).</summary>
    private static (Period Period, string? Programme) Parse(IResolverContext context)
    {
        if (context.ArgumentValue<IReadOnlyDictionary<string, object?>>(Name) is not { } input)
        {
            return (Research.Period.All, null);
        }

        Period period = Research.Period.Of(Date(input, "from"), Date(input, "to"));
        return (period.Intersect(Research.Period.Years(Year(input, "fromYear"), Year(input, "toYear"))), input.GetValueOrDefault("programme") as string);
    }

    private static IQueryable<ProgrammeYearsRow> ProgrammeYears(KnowledgeGraphDbContext db, string slug) =>
        db.Programmes.AsNoTracking().Where(p => p.Slug == slug).Select(p => new ProgrammeYearsRow(p.StartYear, p.EndYear));

    private static Period WithProgramme(Period period, string slug, ProgrammeYearsRow? programme) => programme is null
        ? throw ResearchErrors.SelectionNotFound("programme", slug)
        : period.Intersect(Research.Period.Years(programme.StartYear, programme.EndYear));

    private static Period Checked(Period period) =>
        period.IsEmpty ? throw ResearchErrors.PeriodInvalid("The period is empty: its start lies after its end.") : period;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> input, string field) => input.GetValueOrDefault(field) switch
    {
        DateOnly date => date,
        null => null,
        object other => throw ResearchErrors.PeriodInvalid($"'{field}' is not a date: {other}."),
    };

    private static int? Year(IReadOnlyDictionary<string, object?> input, string field)
    {
        if (input.GetValueOrDefault(field) is not { } value)
        {
            return null;
        }

        int year = Convert.ToInt32(value, CultureInfo.InvariantCulture);
        return year is >= 1 and <= 9999 ? year : throw ResearchErrors.PeriodInvalid(string.Create(CultureInfo.InvariantCulture, $"'{field}' must be a year between 1 and 9999; it is {year}."));
    }
}

/// <summary>A programme's start and end years, as the period argument reads them.</summary>
internal sealed record ProgrammeYearsRow(int? StartYear, int? EndYear);
