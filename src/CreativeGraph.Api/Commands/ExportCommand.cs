using System.CommandLine;
using System.Globalization;
using CreativeGraph.Api.Research.Export;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Startup;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>export [--format graphml|gexf|csv] [--output FILE] [--project X] [--programme X] [--country XX] [--from YEAR|DAY] [--to YEAR|DAY] [--programme-period X] [--Section:Key=value …]</c>:
/// writes the configured database's graph as <c>GET /graph/export</c> does (the same parameters, checked by
/// <see cref="ExportRequest"/>), to FILE or standard output. An empty database is migrated and seeded first, as the
/// server does on start. Exit codes: 0 written, 2 usage error or bad parameter.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        Option<string> format = new("--format") { Description = "graphml (Gephi, NetworkX, Cytoscape), gexf or csv (a zip of nodes.csv and edges.csv)", DefaultValueFactory = _ => "graphml" };
        format.AcceptOnlyFromAmong("graphml", "gexf", "csv");
        Option<FileInfo?> output = new("--output", "-o") { Description = "Write to this file instead of standard output" };
        Option<string?> project = new("--project") { Description = "Only this project (acronym or slug) with its partners and places" };
        Option<string?> programme = new("--programme") { Description = "Only the projects of this programme (slug)" };
        Option<string?> country = new("--country") { Description = "Only projects with a partner based in this country (ISO code)" };
        Option<string?> from = new("--from") { Description = "Only projects active on or after this year (2010) or day (2010-03-01)" };
        Option<string?> to = new("--to") { Description = "Only projects active on or before this year or day" };
        Option<string?> programmePeriod = new("--programme-period") { Description = "Only projects active in the years of this programme (slug)" };
        Command command = new("export", "Write the graph (or a subgraph of projects) as GraphML, GEXF or CSV")
        {
            format, output, project, programme, country, from, to, programmePeriod,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) =>
        {
            Dictionary<string, string?> values = new(StringComparer.Ordinal)
            {
                ["format"] = parseResult.GetValue(format),
                ["project"] = parseResult.GetValue(project),
                ["programme"] = parseResult.GetValue(programme),
                ["country"] = parseResult.GetValue(country),
                ["from"] = parseResult.GetValue(from),
                ["to"] = parseResult.GetValue(to),
                ["programmePeriod"] = parseResult.GetValue(programmePeriod),
            };
            return RunAsync(parseResult, values, parseResult.GetValue(output), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parseResult, Dictionary<string, string?> values, FileInfo? file, CancellationToken cancellationToken)
    {
        if (ExportRequest.TryParse(values, out ExportRequest request) is { } bad)
        {
            throw new UsageException(bad.Message);
        }

        WebApplication app = KnowledgeGraphHost.Build(parseResult);
        await using (app.ConfigureAwait(false))
        {
            IDbContextFactory<KnowledgeGraphDbContext> contexts = app.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
            await KnowledgeGraphDatabase.MigrateAndSeedAsync(app.Services, cancellationToken).ConfigureAwait(false);
            var (write, problem) = await GraphExporter.PrepareAsync(contexts, request, cancellationToken, app.Services.GetService<Research.Collaboration.NetworkAnalyses>()).ConfigureAwait(false);
            if (problem is not null)
            {
                throw new UsageException(problem.Message);
            }

            if (file is null)
            {
                Stream standardOutput = Console.OpenStandardOutput();
                await using (standardOutput.ConfigureAwait(false))
                {
                    await write!(standardOutput, cancellationToken).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }

            Directory.CreateDirectory(file.DirectoryName!);
            FileStream stream = File.Create(file.FullName);
            await using (stream.ConfigureAwait(false))
            {
                await write!(stream, cancellationToken).ConfigureAwait(false);
            }

            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Graph written to {file.FullName}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }
    }
}
