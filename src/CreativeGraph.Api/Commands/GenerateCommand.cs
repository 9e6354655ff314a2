using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>generate [--partners N] [--projects N] [--seed N] [--append] [--Section:Key=value …]</c> (or, with
/// <c>--format csv</c>, a keep.eu-style table into a file: <see cref="GenerateCsvCommand"/>): migrates the configured
/// database (without seeding it) and writes a synthetic graph into it (<see cref="SyntheticGraph"/>). A database
/// that already holds data is refused unless <c>--append</c> is given. Exit codes: 0 written, 1 refused or failed,
/// 2 usage error.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        SyntheticGraphOptions defaults = new();
        List<(Option<int> Option, Action<SyntheticGraphOptions, int> Set)> sizes =
        [
            (Size("--partners", "Partner organisations", defaults.Partners), (o, v) => o.Partners = v),
            (Size("--projects", "Projects", defaults.Projects), (o, v) => o.Projects = v),
            (Size("--countries", $"Countries (at most {SyntheticGraphOptions.MaxCountries})", defaults.Countries), (o, v) => o.Countries = v),
            (Size("--programmes", "Funding programmes", defaults.Programmes), (o, v) => o.Programmes = v),
            (Size("--networks", "Networks of regions, each with its forums", defaults.Networks), (o, v) => o.Networks = v),
            (Size("--events", "Events", defaults.Events), (o, v) => o.Events = v),
            (Size("--people", "Contact people", defaults.People), (o, v) => o.People = v),
            (Size("--sources", "Source documents", defaults.Sources), (o, v) => o.Sources = v),
            (Size("--min-partners", "Fewest partners in one project", defaults.MinPartnersPerProject), (o, v) => o.MinPartnersPerProject = v),
            (Size("--max-partners", "Most partners in one project", defaults.MaxPartnersPerProject), (o, v) => o.MaxPartnersPerProject = v),
        ];
        Option<long> seed = new("--seed") { Description = "The seed: the same options always give the same graph", DefaultValueFactory = _ => defaults.Seed };
        Option<bool> append = new("--append") { Description = "Write beside the data the database already holds" };
        Command command = new("generate", "Write a deterministic synthetic graph of realistic shape into an empty database") { seed, append };
        foreach ((Option<int> option, _) in sizes)
        {
            command.Add(option);
        }

        GenerateCsvCommand.CsvOptions csv = GenerateCsvCommand.AddOptionsTo(command);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (csv.IsRequested(parseResult))
            {
                return GenerateCsvCommand.RunAsync(parseResult, csv, parseResult.GetValue(sizes[1].Option), parseResult.GetValue(seed), cancellationToken);
            }

            SyntheticGraphOptions options = new() { Seed = parseResult.GetValue(seed) };
            foreach ((Option<int> option, Action<SyntheticGraphOptions, int> set) in sizes)
            {
                set(options, parseResult.GetValue(option));
            }

            return RunAsync(parseResult, options, parseResult.GetValue(append), cancellationToken);
        });
        return command;
    }

    private static Option<int> Size(string name, string description, int defaultValue) =>
        new(name) { Description = description, DefaultValueFactory = _ => defaultValue };

    private static async Task<int> RunAsync(ParseResult parseResult, SyntheticGraphOptions options, bool append, CancellationToken cancellationToken)
    {
        TextWriter output = parseResult.InvocationConfiguration.Output;
        TextWriter error = parseResult.InvocationConfiguration.Error;
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException($"{ex.ParamName} is out of range ({ex.Message.Split(Environment.NewLine)[0]})");
        }

        WebApplication app = KnowledgeGraphHost.Build(parseResult);
        await using (app.ConfigureAwait(false))
        {
            IDbContextFactory<KnowledgeGraphDbContext> factory = app.Services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
            KnowledgeGraphDbContext db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                return await WriteAsync(db, options, append, output, error).ConfigureAwait(false);
            }
        }
    }

    private static async Task<int> WriteAsync(KnowledgeGraphDbContext db, SyntheticGraphOptions options, bool append, TextWriter output, TextWriter error)
    {
        if ((await db.Database.GetPendingMigrationsAsync().ConfigureAwait(false)).Any())
        {
            await db.Database.MigrateAsync().ConfigureAwait(false);
        }

        if (!append && !await SyntheticGraphWriter.IsEmptyAsync(db).ConfigureAwait(false))
        {
            await error.WriteLineAsync("generate: the database already holds a graph; nothing was written. Pass --append to add the synthetic graph beside it.").ConfigureAwait(false);
            return ExitCodes.DataError;
        }

        var clock = Stopwatch.StartNew();
        SyntheticGraph graph = SyntheticGraph.Generate(options);
        TimeSpan generated = clock.Elapsed;
        try
        {
            int rows = await SyntheticGraphWriter.WriteAsync(db, graph).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Generated {graph.Partners.Count} partners, {graph.Projects.Count} projects and {graph.Participations.Count} participations (seed {options.Seed}): {rows} rows written in {clock.Elapsed.TotalSeconds:0.0} s (generation {generated.TotalSeconds:0.0} s).")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (System.Data.Common.DbException ex)
        {
            await error.WriteLineAsync($"generate: the database refused the graph, nothing was written ({ex.Message.ReplaceLineEndings(" ")}). A graph of seed {options.Seed} may already be there.").ConfigureAwait(false);
            return ExitCodes.DataError;
        }
    }
}
