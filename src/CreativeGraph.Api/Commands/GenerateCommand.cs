using System.Diagnostics;
using System.Globalization;
using CreativeGraph.Persistence;
using CreativeGraph.Persistence.Synthetic;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>generate [--partners N] [--projects N] [--seed N] [--append] [--Key=Value …]</c>: migrates the configured
/// database (without seeding it) and writes a synthetic graph into it (<see cref="SyntheticGraph"/>). A database
/// that already holds data is refused unless <c>--append</c> is given. Exit codes: 0 written, 1 refused or failed,
/// 2 usage error.
/// </summary>
internal static class GenerateCommand
{
    public const string Name = "generate";

    private const string Usage =
        "Usage: generate [--partners N] [--projects N] [--seed N] [--countries N] [--programmes N] [--networks N] [--events N] "
        + "[--people N] [--sources N] [--min-partners N] [--max-partners N] [--append] [--Database:Provider=Sqlite|Postgres] [--ConnectionStrings:KnowledgeGraph=...]";

    private static readonly Dictionary<string, Action<SyntheticGraphOptions, long>> s_options = new(StringComparer.Ordinal)
    {
        ["--partners"] = (o, v) => o.Partners = checked((int)v),
        ["--projects"] = (o, v) => o.Projects = checked((int)v),
        ["--seed"] = (o, v) => o.Seed = v,
        ["--countries"] = (o, v) => o.Countries = checked((int)v),
        ["--programmes"] = (o, v) => o.Programmes = checked((int)v),
        ["--networks"] = (o, v) => o.Networks = checked((int)v),
        ["--events"] = (o, v) => o.Events = checked((int)v),
        ["--people"] = (o, v) => o.People = checked((int)v),
        ["--sources"] = (o, v) => o.Sources = checked((int)v),
        ["--min-partners"] = (o, v) => o.MinPartnersPerProject = checked((int)v),
        ["--max-partners"] = (o, v) => o.MaxPartnersPerProject = checked((int)v),
    };

    public static bool IsInvocation(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The arguments the host reads as configuration: everything but the command and its own options.</summary>
    public static string[] HostArguments(string[] args) =>
        IsInvocation(args) ? CommandArguments.HostArguments(args, s_options.ContainsKey, a => a == "--append") : args;

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        var options = new SyntheticGraphOptions();
        bool append = false;
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i] == "--append")
            {
                append = true;
            }
            else if (s_options.TryGetValue(args[i], out Action<SyntheticGraphOptions, long>? set))
            {
                if (i + 1 >= args.Length || !long.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
                    || (args[i] != "--seed" && value is < 0 or > int.MaxValue))
                {
                    await error.WriteLineAsync($"generate: {args[i]} needs a whole number.").ConfigureAwait(false);
                    await error.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 2;
                }

                set(options, value);
                i++;
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) || !args[i].Contains('=', StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"generate: unknown argument '{args[i]}'.").ConfigureAwait(false);
                await error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
            }
        }

        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            await error.WriteLineAsync($"generate: {ex.ParamName} is out of range ({ex.Message.Split(Environment.NewLine)[0]})").ConfigureAwait(false);
            return 2;
        }

        IDbContextFactory<KnowledgeGraphDbContext> factory = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
        KnowledgeGraphDbContext db = await factory.CreateDbContextAsync().ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if ((await db.Database.GetPendingMigrationsAsync().ConfigureAwait(false)).Any())
            {
                await db.Database.MigrateAsync().ConfigureAwait(false);
            }

            if (!append && !await SyntheticGraphWriter.IsEmptyAsync(db).ConfigureAwait(false))
            {
                await error.WriteLineAsync("generate: the database already holds a graph; nothing was written. Pass --append to add the synthetic graph beside it.").ConfigureAwait(false);
                return 1;
            }

            var clock = Stopwatch.StartNew();
            SyntheticGraph graph = SyntheticGraph.Generate(options);
            TimeSpan generated = clock.Elapsed;
            try
            {
                int rows = await SyntheticGraphWriter.WriteAsync(db, graph).ConfigureAwait(false);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Generated {graph.Partners.Count} partners, {graph.Projects.Count} projects and {graph.Participations.Count} participations (seed {options.Seed}): {rows} rows written in {clock.Elapsed.TotalSeconds:0.0} s (generation {generated.TotalSeconds:0.0} s).")).ConfigureAwait(false);
                return 0;
            }
            catch (System.Data.Common.DbException ex)
            {
                await error.WriteLineAsync($"generate: the database refused the graph, nothing was written ({ex.Message}). A graph of seed {options.Seed} may already be there.").ConfigureAwait(false);
                return 1;
            }
        }
    }
}
