using OpenTelemetry.Exporter;

namespace CreativeGraph.Api.Operations.Telemetry;

/// <summary>
/// Metrics and tracing (<c>Telemetry</c> section). Both exporters are off by default; without them no OpenTelemetry
/// SDK runs and the engine measures nothing.
/// </summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>OpenTelemetry's own variable for the OTLP endpoint, honoured as well (as a setting or an environment variable).</summary>
    public const string StandardOtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The <c>service.name</c> of traces and metrics.</summary>
    public string ServiceName { get; set; } = "creativegraph";

    public PrometheusTelemetryOptions Prometheus { get; set; } = new();

    public OtlpTelemetryOptions Otlp { get; set; } = new();

    /// <summary>True when traces and metrics go to an OTLP collector: <c>Telemetry:Otlp:Endpoint</c> or <see cref="StandardOtlpEndpointKey"/> is set.</summary>
    public static bool ExportsOtlp(IConfiguration configuration, TelemetryOptions options) =>
        !string.IsNullOrWhiteSpace(options.Otlp.Endpoint) || !string.IsNullOrWhiteSpace(configuration[StandardOtlpEndpointKey]);

    /// <summary>What the configuration binder cannot check: the endpoint is an absolute http(s) address, the path a path.</summary>
    public static IEnumerable<string> Problems(IConfiguration configuration)
    {
        foreach (string key in new[] { $"{Section}:Otlp:Endpoint", StandardOtlpEndpointKey })
        {
            string? endpoint = configuration[key];
            if (!string.IsNullOrWhiteSpace(endpoint) && !(Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https"))
            {
                yield return $"{key} is '{endpoint}'; expected an absolute http or https address such as http://collector:4317.";
            }
        }

        string? path = configuration[$"{Section}:Prometheus:Path"];
        if (path is not null && !(path.StartsWith('/') && path.Length > 1 && Uri.IsWellFormedUriString(path, UriKind.Relative)))
        {
            yield return $"{Section}:Prometheus:Path is '{path}'; expected a path such as /metrics.";
        }
    }
}

/// <summary>Prometheus scraping (<c>Telemetry:Prometheus</c>).</summary>
internal sealed class PrometheusTelemetryOptions
{
    /// <summary>Serve the metrics in Prometheus's text format at <see cref="Path"/>.</summary>
    public bool Enabled { get; set; }

    public string Path { get; set; } = "/metrics";
}

/// <summary>Export to an OpenTelemetry collector (<c>Telemetry:Otlp</c>).</summary>
internal sealed class OtlpTelemetryOptions
{
    /// <summary>The collector's address; set, traces and metrics are exported to it.</summary>
    public string? Endpoint { get; set; }

    public OtlpExportProtocol Protocol { get; set; } = OtlpExportProtocol.Grpc;
}
