using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>When no generic provider is configured, serves a Groq-like one with Groq's published free-tier limits.</summary>
internal sealed class DefaultProviders : IPostConfigureOptions<SimulatorOptions>
{
    public void PostConfigure(string? name, SimulatorOptions options)
    {
        if (options.Providers.Count > 0)
        {
            return;
        }

        options.Providers["groq"] = new GenericProviderOptions
        {
            Models =
            [
                new() { Id = "llama-3.3-70b-versatile", OwnedBy = "Meta", RequestsPerMinute = 30, RequestsPerDay = 1000, TokensPerMinute = 12_000 },
                new() { Id = "llama-3.1-8b-instant", OwnedBy = "Meta", RequestsPerMinute = 30, RequestsPerDay = 14_400, TokensPerMinute = 6_000 },
                new() { Id = "openai/gpt-oss-120b", OwnedBy = "OpenAI", RequestsPerMinute = 30, RequestsPerDay = 1000, TokensPerMinute = 8_000 },
            ],
        };
    }
}
