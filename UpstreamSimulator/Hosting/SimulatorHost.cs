using System.Text;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AspireRouter.UpstreamSimulator.Hosting;

/// <summary>Starts the simulator inside the calling process, on a free loopback port, for tests and benchmarks.</summary>
public static class SimulatorHost
{
    /// <param name="options">What to serve; null means the defaults (realistic mode, the fixture catalog, a Groq-like provider).</param>
    /// <param name="timeProvider">The clock for quotas, latency and timestamps; a test passes a FakeTimeProvider.</param>
    public static Task<SimulatorHandle> StartAsync(SimulatorOptions? options = null, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default) =>
        StartAsync(options, timeProvider, HttpProtocols.Http1, cancellationToken);

    /// <param name="options">What to serve; null means the defaults.</param>
    /// <param name="timeProvider">The clock for quotas, latency and timestamps; null keeps the system clock.</param>
    /// <param name="protocols">What its port speaks: <see cref="HttpProtocols.Http2"/> serves only HTTP/2 with prior knowledge (h2c).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<SimulatorHandle> StartAsync(SimulatorOptions? options, TimeProvider? timeProvider, HttpProtocols protocols, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SimulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Only the given options configure an in-process simulator, never the host process's files or environment.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddJsonStream(new MemoryStream(Serialize(options ?? new SimulatorOptions())));
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = protocols));
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }

        var app = SimulatorApplication.Build(builder);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SimulatorHandle(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static byte[] Serialize(SimulatorOptions options)
    {
        var section = JsonSerializer.Serialize(options, ControlJsonContext.Default.SimulatorOptions);
        return Encoding.UTF8.GetBytes($$"""{"{{SimulatorOptions.SectionName}}":{{section}}}""");
    }
}
