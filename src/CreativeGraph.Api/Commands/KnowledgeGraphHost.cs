using System.CommandLine;
using CreativeGraph.Api.Authentication;
using CreativeGraph.Api.Operations;
using CreativeGraph.Api.Research.Export;
using CreativeGraph.GraphQL.AspNetCore;
using CreativeGraph.Persistence;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// The application host the server and the database commands share. Configuration comes from appsettings*.json (in
/// the app's folder, whatever the working directory), environment variables (<c>Section__Key</c>) and the command
/// line's <c>--Section:Key=value</c> arguments, which System.CommandLine leaves unmatched and this class passes on.
/// </summary>
internal static class KnowledgeGraphHost
{
    /// <summary>
    /// The settings of a command line, as ASP.NET Core's command-line configuration reads them: <c>--Section:Key=value</c>
    /// or <c>--Section:Key value</c> (so <c>--urls http://0.0.0.0:8080</c> works as with any ASP.NET Core app). Anything
    /// else it could not match is a usage error, so a mistyped option never turns silently into a setting.
    /// </summary>
    public static string[] ConfigurationArguments(ParseResult parseResult)
    {
        IReadOnlyList<string> tokens = parseResult.UnmatchedTokens;
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            bool named = token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2;
            if (named && token.IndexOf('=', StringComparison.Ordinal) > 2)
            {
                continue;
            }

            if (named && i + 1 < tokens.Count && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                i++; // --Section:Key value
                continue;
            }

            throw new UsageException(
                $"Unrecognized argument '{token}' for '{parseResult.CommandResult.Command.Name}'. Settings are given as --Section:Key=value or --Section:Key value; see --help.");
        }

        return [.. tokens];
    }

    /// <summary>
    /// Builds the host on the configuration of <paramref name="parseResult"/> (nothing runs yet). A command other than
    /// the server logs to standard error, so what it prints (an export, say) stays clean.
    /// </summary>
    public static WebApplication Build(ParseResult parseResult, bool logToStandardError = true) =>
        Build(ConfigurationArguments(parseResult), logToStandardError);

    /// <summary>Builds the host on <c>--Section:Key=value</c> settings, with more services if given (tests add interceptors).</summary>
    public static WebApplication Build(string[] settings, bool logToStandardError, Action<IServiceCollection>? services = null)
    {
        // A relative SQLite path (the default data/creativegraph.db) is relative to the working directory.
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = settings,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (logToStandardError)
        {
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        // Every bad key at once, before anything touches the database (exit code 2, a line per key).
        if (ConfigurationValidator.Validate(builder.Configuration) is { Count: > 0 } problems)
        {
            throw new ConfigurationProblemsException(problems);
        }

        builder.Services.AddKnowledgeGraphPersistence(builder.Configuration, Directory.GetCurrentDirectory());
        builder.Services.AddKnowledgeGraphApi(builder.Configuration);
        builder.Services.AddKnowledgeGraphAuthentication(builder.Configuration);
        builder.Services.AddKnowledgeGraphOperations(builder.Configuration);
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    /// <summary>
    /// Waits for the database, migrates and seeds it under the start-up lock, starts building the traversal index in
    /// the background (readiness waits for it) and maps the endpoints: ready to run. Returns the exit code when the
    /// database cannot be prepared (see <see cref="ServerStartup"/>), else null.
    /// </summary>
    public static async Task<int?> PrepareAsync(WebApplication app, CancellationToken cancellationToken)
    {
        if (await ServerStartup.RunAsync(app.Services, cancellationToken).ConfigureAwait(false) is { } failed)
        {
            return failed;
        }

        app.UseKnowledgeGraphOperations();
        app.UseAuthentication();
        app.MapGraphQL("/graphql");
        app.MapGraphExport();
        return null;
    }
}
