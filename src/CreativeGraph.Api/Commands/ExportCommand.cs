using CreativeGraph.Api.Research.Export;
using CreativeGraph.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>export [--format graphml|gexf|csv] [--output FILE] [--project X] [--programme X] [--country XX] [--from YEAR] [--to YEAR] [--Key=Value …]</c>:
/// writes the configured database's graph as <c>GET /graph/export</c> does, to FILE or standard output (an empty
/// database is migrated and seeded first, as the server does on start).
/// Exit codes: 0 written, 2 usage error or bad parameter.
/// </summary>
internal static class ExportCommand
{
    public const string Name = "export";

    private const string Usage = "Usage: export [--format graphml|gexf|csv] [--output FILE] [--project ACRONYM|SLUG] [--programme SLUG] [--country CODE] [--from YEAR] [--to YEAR]";

    public static bool IsInvocation(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>The arguments the host reads as configuration: everything but the command and its own options.</summary>
    public static string[] HostArguments(string[] args) =>
        IsInvocation(args) ? CommandArguments.HostArguments(args, a => Option(a) is not null || a == "--output") : args;

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, Stream standardOutput, TextWriter output, TextWriter error)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? file = null;
        for (int i = 1; i < args.Length; i++)
        {
            bool ours = Option(args[i]) is not null || args[i] == "--output";
            if (ours && i + 1 >= args.Length)
            {
                await error.WriteLineAsync($"export: {args[i]} needs a value.\n{Usage}").ConfigureAwait(false);
                return 2;
            }

            if (args[i] == "--output")
            {
                file = args[++i];
            }
            else if (Option(args[i]) is string name)
            {
                values[name] = args[++i];
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) || !args[i].Contains('=', StringComparison.Ordinal))
            {
                await error.WriteLineAsync($"export: unknown argument '{args[i]}'.\n{Usage}").ConfigureAwait(false);
                return 2;
            }
        }

        if (ExportRequest.TryParse(values, out ExportRequest request) is { } bad)
        {
            await error.WriteLineAsync($"export: {bad.Message}").ConfigureAwait(false);
            return 2;
        }

        IDbContextFactory<KnowledgeGraphDbContext> contexts = services.GetRequiredService<IDbContextFactory<KnowledgeGraphDbContext>>();
        await KnowledgeGraphDatabase.MigrateAndSeedAsync(services).ConfigureAwait(false);
        var (write, problem) = await GraphExporter.PrepareAsync(contexts, request, default, services.GetService<Research.Collaboration.NetworkAnalyses>()).ConfigureAwait(false);
        if (problem is not null)
        {
            await error.WriteLineAsync($"export: {problem.Message}").ConfigureAwait(false);
            return 2;
        }

        if (file is null)
        {
            await write!(standardOutput, default).ConfigureAwait(false);
            return 0;
        }

        string path = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStream stream = File.Create(path);
        await using (stream.ConfigureAwait(false))
        {
            await write!(stream, default).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"Graph written to {path}").ConfigureAwait(false);
        return 0;
    }

    /// <summary>The export parameter an option names (<c>--country</c> → <c>country</c>), or null.</summary>
    private static string? Option(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && ExportRequest.Parameters.Contains(argument[2..]) ? argument[2..] : null;
}
