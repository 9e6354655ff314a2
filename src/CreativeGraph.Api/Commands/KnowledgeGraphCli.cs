using System.CommandLine;
using System.CommandLine.Invocation;
using System.Data.Common;
using Microsoft.Extensions.Options;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// The command line: one root command whose own action serves the API, and a subcommand per task. Every command has
/// <c>--help</c>. Exit codes (<see cref="ExitCodes"/>): 0 done, 1 a data error, 2 a usage or configuration error. A
/// failure is one line on standard error, never a stack trace.
/// </summary>
internal static class KnowledgeGraphCli
{
    public static RootCommand Create()
    {
        RootCommand root = new(
            "CreativeGraph: a GraphQL API over a knowledge graph of Europe's creative-industry cooperation.\n" +
            "Without a command it serves the API (see 'serve'). Settings are given as --Section:Key=value, e.g. --Database:Provider=Postgres.\n" +
            "Exit codes: 0 done, 1 data error, 2 usage or configuration error.")
        {
            ServeCommand.Create(),
            ImportCommand.Create(),
            ExportCommand.Create(),
            GenerateCommand.Create(),
            SchemaExportCommand.Create(),
            ApiKeyCommand.Create(),
            HealthCheckCommand.Create(),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction(ServeCommand.RunAsync);
        return root;
    }

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ParseResult parseResult = Create().Parse(args);
        InvocationConfiguration configuration = new()
        {
            Output = output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // The server handles Ctrl+C and SIGTERM itself (a graceful shutdown); the other commands just end.
            ProcessTerminationTimeout = null,
        };

        if (parseResult.Action is ParseErrorAction parseError)
        {
            // The errors and the typo corrections both go to standard error; standard output stays empty.
            parseError.ShowHelp = false;
            parseError.ShowTypoCorrections = true;
            await parseResult.InvokeAsync(new InvocationConfiguration { Output = error, Error = error }, cancellationToken).ConfigureAwait(false);
            await error.WriteLineAsync($"See '{CommandPath(parseResult)} --help'.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (ConfigurationProblemsException ex)
        {
            foreach (string problem in ex.Problems)
            {
                await error.WriteLineAsync("Configuration error: " + problem).ConfigureAwait(false);
            }

            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ExitCodeFor(ex) is int code)
        {
            await error.WriteLineAsync($"{CommandPath(parseResult)}: {OneLine(ex)}").ConfigureAwait(false);
            return code;
        }
    }

    /// <summary>
    /// Exceptions that end a command with a one-line message: wrong configuration or usage (2), a database or file
    /// that failed (1). Anything else is a bug and keeps its stack trace.
    /// </summary>
    private static int? ExitCodeFor(Exception ex) => ex switch
    {
        UsageException or OptionsValidationException or InvalidOperationException or FormatException or ArgumentException => ExitCodes.UsageError,
        DbException or IOException or UnauthorizedAccessException => ExitCodes.DataError,
        _ => null,
    };

    private static string OneLine(Exception ex) =>
        (ex is OptionsValidationException options ? string.Join(" ", options.Failures) : ex.Message).ReplaceLineEndings(" ");

    private static string CommandPath(ParseResult parseResult)
    {
        List<string> names = [];
        for (System.CommandLine.Parsing.SymbolResult? result = parseResult.CommandResult; result is not null; result = result.Parent)
        {
            if (result is System.CommandLine.Parsing.CommandResult command && command.Command is not RootCommand)
            {
                names.Insert(0, command.Command.Name);
            }
        }

        return string.Join(' ', ["CreativeGraph.Api", .. names]);
    }
}
