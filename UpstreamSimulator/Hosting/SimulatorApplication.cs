using AspireRouter.UpstreamSimulator.Cloudflare;
using AspireRouter.UpstreamSimulator.Control;
using AspireRouter.UpstreamSimulator.Generic;
using AspireRouter.UpstreamSimulator.OpenRouter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AspireRouter.UpstreamSimulator.Hosting;

/// <summary>The simulator's web application, the same whether it runs standalone or inside a test.</summary>
internal static class SimulatorApplication
{
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        builder.Services.AddUpstreamSimulator();
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        var app = builder.Build();
        app.MapGet("/health", () => TypedResults.Text("Healthy"));
        app.MapGet("/alive", () => TypedResults.Text("Healthy"));
        app.MapControl();
        app.MapOpenRouter();
        app.MapGenericProviders();
        app.MapCloudflare();
        return app;
    }
}
