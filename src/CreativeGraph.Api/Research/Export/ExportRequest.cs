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
/// <c>programme</c> (slug), <c>country</c> (ISO code: projects with a partner based there), <c>from</c>/<c>to</c>
/// (years the project runs in). The same parameters serve <c>GET /graph/export</c> and the <c>export</c> command.
/// </summary>
internal sealed record ExportRequest(ExportFormat Format, string? Project, string? Programme, string? Country, int? From, int? To)
{
    public static readonly IReadOnlyList<string> Parameters = ["format", "project", "programme", "country", "from", "to"];

    public bool IsFiltered => Project is not null || Programme is not null || Country is not null || From is not null || To is not null;

    /// <summary>The years <c>from</c>/<c>to</c> as a period (1 January to 31 December; an absent end is open).</summary>
    public Period Period => Period.Years(From, To);

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

        if (Year(values, "from", out int? from) is { } badFrom)
        {
            return badFrom;
        }

        if (Year(values, "to", out int? to) is { } badTo)
        {
            return badTo;
        }

        if (from > to)
        {
            return new ExportProblem("from", "'from' is after 'to'.");
        }

        request = new ExportRequest(parsed.Value, Text(values, "project"), Text(values, "programme"), Text(values, "country")?.ToUpperInvariant(), from, to);
        return null;
    }

    /// <summary>The selected projects, or a problem naming a filter value that matches nothing.</summary>
    public async Task<(Func<KnowledgeGraphDbContext, IQueryable<Project>>? Projects, ExportProblem? Problem)> ResolveAsync(KnowledgeGraphDbContext db, CancellationToken cancellationToken)
    {
        if (Project is not null && !await db.Projects.AnyAsync(p => p.Slug == Project || p.Acronym == Project, cancellationToken).ConfigureAwait(false))
        {
            return (null, new ExportProblem("project", $"No project has the acronym or slug '{Project}'."));
        }

        if (Programme is not null && !await db.Programmes.AnyAsync(p => p.Slug == Programme, cancellationToken).ConfigureAwait(false))
        {
            return (null, new ExportProblem("programme", $"No programme has the slug '{Programme}'."));
        }

        if (Country is not null && !await db.Countries.AnyAsync(c => c.Code == Country, cancellationToken).ConfigureAwait(false))
        {
            return (null, new ExportProblem("country", $"No country has the code '{Country}'."));
        }

        return (Select, null);
    }

    private IQueryable<Project> Select(KnowledgeGraphDbContext db)
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

        if (From is int from)
        {
            projects = projects.Where(p => p.EndDate == null || p.EndDate.Value.Year >= from);
        }

        if (To is int to)
        {
            projects = projects.Where(p => p.StartDate == null || p.StartDate.Value.Year <= to);
        }

        return projects;
    }

    private static string? Text(IReadOnlyDictionary<string, string?> values, string name) =>
        string.IsNullOrWhiteSpace(values.GetValueOrDefault(name)) ? null : values[name]!.Trim();

    private static ExportProblem? Year(IReadOnlyDictionary<string, string?> values, string name, out int? year)
    {
        year = null;
        if (Text(values, name) is not string text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) || parsed is < 1000 or > 9999)
        {
            return new ExportProblem(name, $"'{name}' must be a year such as 2010, not '{text}'.");
        }

        year = parsed;
        return null;
    }
}
