namespace AspireRouter.ServiceDefaults;

/// <summary>An optional Prometheus scrape endpoint for operators without an OTLP collector (<c>Telemetry:Prometheus</c>).</summary>
public sealed class PrometheusOptions
{
    public const string DefaultPath = "/metrics";

    public bool Enabled { get; set; }

    public string Path { get; set; } = DefaultPath;
}
