using AspireRouter.UpstreamSimulator.Cloudflare;
using AspireRouter.UpstreamSimulator.Control;
using AspireRouter.UpstreamSimulator.Embeddings;
using AspireRouter.UpstreamSimulator.Generic;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.ServiceDefaults.Clock;
using AspireRouter.UpstreamSimulator.OpenRouter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspireRouter.UpstreamSimulator.Hosting;

/// <summary>The simulator's web application, the same whether it runs standalone or inside a test.</summary>
internal static class SimulatorApplication
{
    /// <summary>How long a stop waits for in-flight requests (a held stream, a slow reply) before Kestrel aborts them.</summary>
    public static readonly TimeSpan RequestDrain = TimeSpan.FromSeconds(1);

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.Services.AddClock();
        builder.Services.AddUpstreamSimulator();
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = RequestDrain);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Text("Healthy"));
        app.MapGet("/alive", () => TypedResults.Text("Healthy"));
        app.MapControl();
        app.MapOpenRouter();
        app.MapGenericProviders();
        app.MapCloudflare();
        app.MapNativeProviders();
        app.MapEmbeddings();
        return app;
    }
}
