namespace AspireRouter.ServiceDefaults;

/// <summary>What a service traces and how its metrics can be read (<c>Telemetry</c> section).</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// Whether work that no request started (Redis publishing and pub/sub, catalog and probe loops, portal refreshes) starts
    /// traces of its own. Off by default: only incoming requests start a trace, and what they do is traced within it.
    /// </summary>
    public bool BackgroundTraces { get; set; }

    public PrometheusOptions Prometheus { get; set; } = new();
}
