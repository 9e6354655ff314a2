using System.CommandLine;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>serve</c>, also what runs without a command: migrates and seeds the database if needed, builds the traversal
/// index, and serves <c>/graphql</c>, <c>/graph/export</c>, <c>/healthz</c> and <c>/readyz</c> until stopped (Ctrl+C, SIGTERM).
/// Each step is logged, so a first start says what it is doing.
/// </summary>
internal static class ServeCommand
{
    public const string Description = "Serve the GraphQL API (the default when no command is given): migrate and seed the database if needed, then listen.";

    public static Command Create()
    {
        Command command = new("serve", Description) { TreatUnmatchedTokensAsErrors = false };
        command.SetAction(RunAsync);
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        WebApplication app = KnowledgeGraphHost.Build(parseResult, logToStandardError: false);
        await using (app.ConfigureAwait(false))
        {
            if (await KnowledgeGraphHost.PrepareAsync(app, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }

            await app.RunAsync().ConfigureAwait(false);
            return ExitCodes.Ok;
        }
    }
}
