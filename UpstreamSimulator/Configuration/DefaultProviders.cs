using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>
/// When no generic provider is configured, serves the OpenAI-compatible free tiers with their documented models and limits:
/// Groq, Mistral's Experiment plan, NVIDIA NIM and Hugging Face Inference Providers.
/// </summary>
internal sealed class DefaultProviders : IPostConfigureOptions<SimulatorOptions>
{
    public void PostConfigure(string? name, SimulatorOptions options)
    {
        if (options.Providers.Count > 0)
        {
            return;
        }

        // https://console.groq.com/docs/rate-limits (free plan, per model); its Llama 3.x models were decommissioned on
        // 2026-08-16 (https://console.groq.com/docs/deprecations).
        options.Providers["groq"] = new GenericProviderOptions
        {
            Models =
            [
                new() { Id = "openai/gpt-oss-120b", OwnedBy = "OpenAI", RequestsPerMinute = 30, RequestsPerDay = 1000, TokensPerMinute = 8_000 },
                new() { Id = "openai/gpt-oss-20b", OwnedBy = "OpenAI", RequestsPerMinute = 30, RequestsPerDay = 1000, TokensPerMinute = 8_000 },
                new() { Id = "qwen/qwen3-32b", OwnedBy = "Alibaba Cloud", RequestsPerMinute = 60, RequestsPerDay = 1000, TokensPerMinute = 6_000 },
            ],
        };

        // https://docs.mistral.ai/deployment/laplateforme/tier/ (Experiment plan: 1 request a second, 500,000 tokens a minute).
        options.Providers["mistral"] = new GenericProviderOptions
        {
            Models =
            [
                new() { Id = "mistral-small-latest", OwnedBy = "mistralai", RequestsPerMinute = 60, RequestsPerDay = 0, TokensPerMinute = 500_000 },
                new() { Id = "open-mistral-nemo", OwnedBy = "mistralai", RequestsPerMinute = 60, RequestsPerDay = 0, TokensPerMinute = 500_000 },
                new() { Id = "ministral-8b-latest", OwnedBy = "mistralai", RequestsPerMinute = 60, RequestsPerDay = 0, TokensPerMinute = 500_000 },
            ],
        };

        // https://build.nvidia.com (free developer access: 40 requests a minute).
        options.Providers["nvidia"] = new GenericProviderOptions
        {
            Models =
            [
                new() { Id = "meta/llama-3.3-70b-instruct", OwnedBy = "meta", RequestsPerMinute = 40, RequestsPerDay = 0, TokensPerMinute = 0 },
                new() { Id = "openai/gpt-oss-120b", OwnedBy = "openai", RequestsPerMinute = 40, RequestsPerDay = 0, TokensPerMinute = 0 },
                new() { Id = "qwen/qwen3-235b-a22b", OwnedBy = "qwen", RequestsPerMinute = 40, RequestsPerDay = 0, TokensPerMinute = 0 },
            ],
        };

        // https://huggingface.co/docs/inference-providers/pricing (a small monthly credit; no published request rate).
        options.Providers["huggingface"] = new GenericProviderOptions
        {
            Models =
            [
                new() { Id = "meta-llama/Llama-3.3-70B-Instruct", OwnedBy = "meta-llama", ContextWindow = 32_768, RequestsPerMinute = 0, RequestsPerDay = 0, TokensPerMinute = 0 },
                new() { Id = "Qwen/Qwen3-32B", OwnedBy = "Qwen", ContextWindow = 32_768, RequestsPerMinute = 0, RequestsPerDay = 0, TokensPerMinute = 0 },
            ],
        };
    }
}
