using System.CommandLine;

namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>healthcheck [URL]</c>: asks a running server's health endpoint (default http://127.0.0.1:8080/readyz, readiness)
/// and exits 0 when it answers 2xx, 1 otherwise. The container's HEALTHCHECK uses it, as the runtime image
/// has no curl.
/// </summary>
internal static class HealthCheckCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/readyz";

    public static Command Create()
    {
        Argument<Uri> url = new("URL")
        {
            Description = "The health endpoint to ask",
            DefaultValueFactory = _ => new Uri(DefaultUrl),
            CustomParser = result =>
            {
                string text = result.Tokens[0].Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out Uri? parsed) && parsed.Scheme is "http" or "https")
                {
                    return parsed;
                }

                result.AddError($"'{text}' is not an http or https URL.");
                return null;
            },
        };
        Command command = new("healthcheck", "Ask a running server's health endpoint; exit 0 when it answers 2xx") { url };
        command.SetAction((parseResult, cancellationToken) =>
            RunAsync(parseResult.GetRequiredValue(url), parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(Uri url, TextWriter error, CancellationToken cancellationToken)
    {
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using HttpResponseMessage response = await client.GetAsync(url, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return ExitCodes.Ok;
            }

            await error.WriteLineAsync($"Unhealthy: {url} answered {(int)response.StatusCode}.").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"Unhealthy: {url} did not answer ({ex.Message}).").ConfigureAwait(false);
        }

        return ExitCodes.DataError;
    }
}
