using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AspireRouter.ServiceDefaults;

/// <summary>
/// How long a service may take to stop after SIGTERM: in-flight requests get <see cref="RequestDrain"/> to finish (then
/// Kestrel aborts them), and buffered telemetry gets <see cref="TelemetryFlush"/> to reach the collector, which may already
/// be gone when the whole stack stops (see <see cref="TelemetryShutdown"/>). Both together stay well inside the two seconds
/// a service has to exit.
/// </summary>
public static class ShutdownDefaults
{
    public static readonly TimeSpan RequestDrain = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan TelemetryFlush = TimeSpan.FromMilliseconds(250);

    public static TBuilder AddFastShutdown<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = RequestDrain);
        return builder;
    }
}
