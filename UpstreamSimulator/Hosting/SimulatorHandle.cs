using AspireRouter.UpstreamSimulator.Control;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.UpstreamSimulator.Hosting;

/// <summary>A simulator running in this process; disposing it stops it.</summary>
public sealed class SimulatorHandle : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal SimulatorHandle(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Control = app.Services.GetRequiredService<SimulatorControl>();
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The OpenAI-style base URL of the simulated OpenRouter: <c>{BaseAddress}openrouter/api/v1</c>.</summary>
    public Uri OpenRouterEndpoint => new(BaseAddress, "openrouter/api/v1");

    /// <summary>The OpenAI-style base URL of a generic provider: <c>{BaseAddress}{provider}/v1</c>.</summary>
    public Uri ProviderEndpoint(string provider) => new(BaseAddress, $"{provider}/v1");

    /// <summary>Cloudflare Workers AI's model runs of an account: <c>POST {this}/{model}</c>.</summary>
    public Uri CloudflareAiRunEndpoint(string account) => new(BaseAddress, $"cloudflare/client/v4/accounts/{account}/ai/run");

    /// <summary>Faults, latency, quotas, catalog churn, and the log of requests received.</summary>
    public SimulatorControl Control { get; }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
