using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>
/// Models and free-tier limits of the natively spoken providers, as their documentation gives them, for each provider
/// whose configuration lists none.
/// </summary>
internal sealed class DefaultNativeProviders : IPostConfigureOptions<SimulatorOptions>
{
    public void PostConfigure(string? name, SimulatorOptions options)
    {
        // https://ai.google.dev/gemini-api/docs/rate-limits (free tier).
        Fill(options.Gemini,
        [
            new() { Id = "gemini-2.5-flash", OwnedBy = "google", ContextWindow = 1_048_576, RequestsPerMinute = 10, RequestsPerDay = 250, TokensPerMinute = 250_000 },
            new() { Id = "gemini-2.5-flash-lite", OwnedBy = "google", ContextWindow = 1_048_576, RequestsPerMinute = 15, RequestsPerDay = 1000, TokensPerMinute = 250_000 },
            new() { Id = "gemma-3-27b-it", OwnedBy = "google", ContextWindow = 131_072, RequestsPerMinute = 30, RequestsPerDay = 14_400, TokensPerMinute = 15_000 },
        ]);

        // https://docs.anthropic.com/en/api/rate-limits (tier 1).
        Fill(options.Anthropic,
        [
            new() { Id = "claude-haiku-4-5", OwnedBy = "anthropic", ContextWindow = 200_000, RequestsPerMinute = 50, RequestsPerDay = 0, TokensPerMinute = 50_000 },
        ]);

        // https://docs.cohere.com/docs/rate-limits (trial keys: 20 chat calls a minute, 1,000 calls a month, simulated as a day).
        Fill(options.Cohere,
        [
            new() { Id = "command-a-03-2025", OwnedBy = "cohere", ContextWindow = 256_000, RequestsPerMinute = 20, RequestsPerDay = 1000, TokensPerMinute = 0 },
            new() { Id = "command-r7b-12-2024", OwnedBy = "cohere", ContextWindow = 128_000, RequestsPerMinute = 20, RequestsPerDay = 1000, TokensPerMinute = 0 },
            new() { Id = "command-a-vision-07-2025", OwnedBy = "cohere", ContextWindow = 128_000, RequestsPerMinute = 20, RequestsPerDay = 1000, TokensPerMinute = 0 },
        ]);

        // https://developers.cloudflare.com/workers-ai/platform/limits/ (300 text generations a minute; the daily neurons as requests).
        Fill(options.Cloudflare,
        [
            new() { Id = "@cf/meta/llama-3.3-70b-instruct-fp8-fast", OwnedBy = "meta", ContextWindow = 24_000, RequestsPerMinute = 300, RequestsPerDay = 200, TokensPerMinute = 0 },
            new() { Id = "@cf/meta/llama-3.1-8b-instruct-fast", OwnedBy = "meta", ContextWindow = 128_000, RequestsPerMinute = 300, RequestsPerDay = 200, TokensPerMinute = 0 },
            new() { Id = "@cf/mistralai/mistral-small-3.1-24b-instruct", OwnedBy = "mistralai", ContextWindow = 128_000, RequestsPerMinute = 300, RequestsPerDay = 200, TokensPerMinute = 0 },
            new() { Id = "@cf/qwen/qwq-32b", OwnedBy = "qwen", ContextWindow = 24_000, RequestsPerMinute = 300, RequestsPerDay = 200, TokensPerMinute = 0 },
        ]);

        // A local Ollama has no limits.
        Fill(options.Ollama,
        [
            new() { Id = "llama3.2", OwnedBy = "meta", ContextWindow = 131_072, RequestsPerMinute = 0, RequestsPerDay = 0, TokensPerMinute = 0 },
            new() { Id = "qwen3:8b", OwnedBy = "qwen", ContextWindow = 40_960, RequestsPerMinute = 0, RequestsPerDay = 0, TokensPerMinute = 0 },
        ]);
    }

    private static void Fill(GenericProviderOptions provider, List<GenericModelOptions> models)
    {
        if (provider.Models.Count == 0)
        {
            provider.Models = models;
        }
    }
}
