namespace CreativeGraph.Api.Commands;

/// <summary>
/// <c>healthcheck [URL]</c>: asks a running server's health endpoint (default http://127.0.0.1:8080/readyz, readiness)
/// and exits 0 when it answers 2xx, 1 otherwise. The container's HEALTHCHECK uses it, as the runtime image
/// has no curl.
/// </summary>
internal static class HealthCheckCommand
{
    public static bool IsInvocation(string[] args) => args.Length >= 1 && args[0] == "healthcheck";

    public static async Task<int> RunAsync(string[] args, TextWriter error)
    {
        Uri url = new(args.Length > 1 ? args[1] : "http://127.0.0.1:8080/readyz");
        using HttpClient client = new() { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using HttpResponseMessage response = await client.GetAsync(url).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"Unhealthy: {url} answered {(int)response.StatusCode}.").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"Unhealthy: {url} did not answer ({ex.Message}).").ConfigureAwait(false);
        }

        return 1;
    }
}
