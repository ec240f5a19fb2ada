using Microsoft.Extensions.Hosting;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AspireRouter.ServiceDefaults;

/// <summary>
/// Flushes and shuts down the OpenTelemetry providers once the host has stopped, all three at once and within
/// <see cref="ShutdownDefaults.TelemetryFlush"/>. Left to disposal, each provider waits up to 5 s, and an OTLP exporter
/// retrying a collector that already stopped (the dashboard, when the AppHost stops) keeps the process alive that long.
/// Registered with the OTLP exporter: without one there is nothing to flush.
/// </summary>
internal sealed class TelemetryShutdown(TracerProvider? traces = null, MeterProvider? metrics = null, LoggerProvider? logs = null)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        var budget = (int)ShutdownDefaults.TelemetryFlush.TotalMilliseconds;
        var shutdowns = new List<Task<bool>>(3);
        if (traces is not null)
        {
            shutdowns.Add(ShutdownOnOwnThread(() => traces.Shutdown(budget)));
        }

        if (metrics is not null)
        {
            shutdowns.Add(ShutdownOnOwnThread(() => metrics.Shutdown(budget)));
        }

        if (logs is not null)
        {
            shutdowns.Add(ShutdownOnOwnThread(() => logs.Shutdown(budget)));
        }

        return Task.WhenAll(shutdowns);
    }

    // Each shutdown blocks its thread for up to the budget; on the thread pool, a busy stop would queue them behind each other.
    private static Task<bool> ShutdownOnOwnThread(Func<bool> shutdown) =>
        Task.Factory.StartNew(shutdown, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
