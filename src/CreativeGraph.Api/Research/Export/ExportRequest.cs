using System.Globalization;
using CreativeGraph.GraphQL.Response;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Research.Export;

/// <summary>The file formats of the export.</summary>
internal enum ExportFormat
{
    GraphMl,
    Gexf,
    Csv,
}

/// <summary>A bad export parameter: which one and why (HTTP 400, CLI exit 2).</summary>
internal sealed record ExportProblem(string Parameter, string Message)
{
    public GraphQLError ToError() => new(Message, ResearchErrorCodes.ResearchExportParameterInvalid, extensions: new Dictionary<string, object?> { ["parameter"] = Parameter });
}

/// <summary>
/// What to export: a format and, optionally, a subgraph of projects: <c>project</c> (acronym or slug),
/// <c>programme</c> (slug), <c>country</c> (ISO code: projects with a partner based there), and the period the
/// projects are active in as GraphQL's <c>period</c> takes it: <c>from</c>/<c>to</c> (a year, from 1 January / to
/// 31 December, or a day, <c>2010-03-01</c>) and <c>programmePeriod</c> (a programme's slug: its years), intersected.
/// The same parameters serve <c>GET /graph/export</c> and the <c>export</c> command.
/// </summary>
internal sealed record ExportRequest(ExportFormat Format, string? Project, string? Programme, string? Country, DateOnly? From, DateOnly? To, string? ProgrammePeriod = null)
{
    public static readonly IReadOnlyList<string> Parameters = ["format", "project", "programme", "country", "from", "to", "programmePeriod"];

    public bool IsFiltered => Project is not null || Programme is not null || Country is not null || From is not null || To is not null || ProgrammePeriod is not null;

    /// <summary><c>from</c>/<c>to</c> as a period (an absent end is open); <see cref="ResolveAsync"/> adds the programme's years.</summary>
    public Period Period => Period.Of(From, To);

    public string FileExtension => Format switch { ExportFormat.GraphMl => "graphml", ExportFormat.Gexf => "gexf", _ => "zip" };

    public string ContentType => Format switch { ExportFormat.GraphMl => "application/graphml+xml", ExportFormat.Gexf => "application/gexf+xml", _ => "application/zip" };

    /// <summary>Reads the parameters (name → value); unknown names and malformed values are problems.</summary>
    public static ExportProblem? TryParse(IReadOnlyDictionary<string, string?> values, out ExportRequest request)
    {
        request = new ExportRequest(ExportFormat.GraphMl, null, null, null, null, null);
        foreach (string name in values.Keys)
        {
            if (!Parameters.Contains(name))
            {
                return new ExportProblem(name, $"Unknown parameter '{name}'; the export takes {string.Join(", ", Parameters)}.");
            }
        }

        string? format = values.GetValueOrDefault("format");
        ExportFormat? parsed = format?.ToUpperInvariant() switch
        {
            null or "GRAPHML" => ExportFormat.GraphMl,
            "GEXF" => ExportFormat.Gexf,
            "CSV" => ExportFormat.Csv,
            _ => null,
        };
        if (parsed is null)
        {
            return new ExportProblem("format", $"Unknown format '{format}'; use graphml, gexf or csv.");
        }

        if (Day(values, "from", first: true, out DateOnly? from) is { } badFrom)
        {
            return badFrom;
        }

        if (Day(values, "to", first: false, out DateOnly? to) is { } badTo)
        {
            return badTo;
        }

        if (from > to)
        {
            return new ExportProblem("from", "'from' is after 'to'.");
        }

        request = new ExportRequest(parsed.Value, Text(values, "project"), Text(values, "programme"), Text(values, "country")?.ToUpperInvariant(), from, to, Text(values, "programmePeriod"));
        return null;
    }

    /// <summary>
    /// The selected projects and the period they are active in, or a problem naming a filter value that matches
    /// nothing (or a programme period that leaves no day of <c>from</c>/<c>to</c>).
    /// </summary>
    public async Task<(Func<KnowledgeGraphDbContext, IQueryable<Project>>? Projects, Period Period, ExportProblem? Problem)> ResolveAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        if (Project is not null && !await db.Projects.AnyAsync(p => p.Slug == Project || p.Acronym == Project, cancellationToken).ConfigureAwait(false))
        {
            return (null, Period, new ExportProblem("project", $"No project has the acronym or slug '{Project}'."));
        }

        if (Programme is not null && !await db.Programmes.AnyAsync(p => p.Slug == Programme, cancellationToken).ConfigureAwait(false))
        {
            return (null, Period, new ExportProblem("programme", $"No programme has the slug '{Programme}'."));
        }

        if (Country is not null && !await db.Countries.AnyAsync(c => c.Code == Country, cancellationToken).ConfigureAwait(false))
        {
            return (null, Period, new ExportProblem("country", $"No country has the code '{Country}'."));
        }

        Period period = Period;
        if (ProgrammePeriod is not null)
        {
            var years = await db.Programmes.Where(p => p.Slug == ProgrammePeriod).Select(p => new { p.StartYear, p.EndYear }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (years is null)
            {
                return (null, period, new ExportProblem("programmePeriod", $"No programme has the slug '{ProgrammePeriod}'."));
            }

            period = period.Intersect(Period.Years(years.StartYear, years.EndYear));
            if (period.IsEmpty)
            {
                return (null, period, new ExportProblem("programmePeriod", $"The years of '{ProgrammePeriod}' share no day with 'from'/'to'."));
            }
        }

        return (db => Select(db, period), period, null);
    }

    private IQueryable<Project> Select(KnowledgeGraphDbContext db, Period period)
    {
        IQueryable<Project> projects = db.Projects;
        if (Project is not null)
        {
            projects = projects.Where(p => p.Slug == Project || p.Acronym == Project);
        }

        if (Programme is not null)
        {
            projects = projects.Where(p => p.Programme!.Slug == Programme);
        }

        if (Country is not null)
        {
            projects = projects.Where(p => db.Participations.Any(x => x.ProjectId == p.Id && x.Partner.Country!.Code == Country));
        }

        return period.IsAll ? projects : projects.Where(ActivePeriods.ProjectIn(period));
    }

    private static string? Text(IReadOnlyDictionary<string, string?> values, string name) =>
        string.IsNullOrWhiteSpace(values.GetValueOrDefault(name)) ? null : values[name]!.Trim();

    /// <summary>A day (<c>2010-03-01</c>) or a year (<c>2010</c>: its <paramref name="first"/> or last day).</summary>
    private static ExportProblem? Day(IReadOnlyDictionary<string, string?> values, string name, bool first, out DateOnly? day)
    {
        day = null;
        if (Text(values, name) is not string text)
        {
            return null;
        }

        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1000)
        {
            day = first ? new DateOnly(year, 1, 1) : new DateOnly(year, 12, 31);
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) && date.Year >= 1000)
        {
            day = date;
            return null;
        }

        return new ExportProblem(name, $"'{name}' must be a year such as 2010 or a day such as 2010-03-01, not '{text}'.");
    }
}
