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

    /// <summary>Google AI Studio's native API root: <c>{BaseAddress}gemini/v1beta</c>.</summary>
    public Uri GeminiEndpoint => new(BaseAddress, "gemini/v1beta");

    /// <summary>Anthropic's API root: <c>{BaseAddress}anthropic/v1</c>.</summary>
    public Uri AnthropicEndpoint => new(BaseAddress, "anthropic/v1");

    /// <summary>Cohere's v2 API root: <c>{BaseAddress}cohere/v2</c>.</summary>
    public Uri CohereEndpoint => new(BaseAddress, "cohere/v2");

    /// <summary>Workers AI's root for an account: <c>{BaseAddress}cloudflare/client/v4/accounts/{account}/ai</c>.</summary>
    public Uri CloudflareEndpoint(string account) => new(BaseAddress, $"cloudflare/client/v4/accounts/{account}/ai");

    /// <summary>Ollama's root: <c>{BaseAddress}ollama</c>.</summary>
    public Uri OllamaEndpoint => new(BaseAddress, "ollama");

    /// <summary>Faults, latency, quotas, catalog churn, and the log of requests received.</summary>
    public SimulatorControl Control { get; }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
