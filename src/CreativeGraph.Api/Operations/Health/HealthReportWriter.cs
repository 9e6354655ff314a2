using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CreativeGraph.Api.Operations.Health;

/// <summary>
/// Writes a health report as JSON: <c>{"status":"Unhealthy","durationMs":12.3,"checks":{"database":{"status":…,
/// "description":…,"durationMs":…,"error":…}}}</c>. The error is the exception's message only, never its stack.
/// </summary>
internal static class HealthReportWriter
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        Utf8JsonWriter json = new(context.Response.BodyWriter);
        await using (json.ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("status", report.Status.ToString());
            json.WriteNumber("durationMs", Math.Round(report.TotalDuration.TotalMilliseconds, 1));
            json.WriteStartObject("checks");
            foreach ((string name, HealthReportEntry entry) in report.Entries)
            {
                json.WriteStartObject(name);
                json.WriteString("status", entry.Status.ToString());
                if (entry.Description is { } description)
                {
                    json.WriteString("description", description);
                }

                json.WriteNumber("durationMs", Math.Round(entry.Duration.TotalMilliseconds, 1));
                if (entry.Exception is { } exception)
                {
                    json.WriteString("error", exception.GetBaseException().Message);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
    }
}
