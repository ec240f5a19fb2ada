using System.Diagnostics;
using AspireRouter.ServiceDefaults;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Trace;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// A host with the services' default telemetry and nothing else, tracing an activity source of its own; with an exporter
/// configured (to a port nothing listens on) unless told otherwise, since the services trace only where spans can go.
/// </summary>
internal sealed class TracedHost : IDisposable
{
    private readonly IHost _host;

    private TracedHost(IHost host, string name)
    {
        _host = host;
        Source = new ActivitySource(name);
    }

    public ActivitySource Source { get; }

    public static TracedHost Start(bool? backgroundTraces, bool exporter = true)
    {
        var name = $"sampling-test-{Guid.NewGuid():N}";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = name, DisableDefaults = true });
        if (exporter)
        {
            builder.Configuration.AddInMemoryCollection([new("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9")]);
        }

        if (backgroundTraces is { } on)
        {
            builder.Configuration.AddInMemoryCollection([new($"{TelemetryOptions.SectionName}:{nameof(TelemetryOptions.BackgroundTraces)}", on ? "true" : "false")]);
        }

        builder.AddServiceDefaults();
        var host = builder.Build();
        _ = host.Services.GetService<TracerProvider>();
        return new TracedHost(host, name);
    }

    public void Dispose()
    {
        Source.Dispose();
        _host.Dispose();
    }
}
