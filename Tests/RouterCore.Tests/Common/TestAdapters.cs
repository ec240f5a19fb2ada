using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Anthropic;
using AspireRouter.RouterCore.Providers.Cloudflare;
using AspireRouter.RouterCore.Providers.Cohere;
using AspireRouter.RouterCore.Providers.Gemini;
using AspireRouter.RouterCore.Providers.Ollama;
using Microsoft.Extensions.Logging.Abstractions;

namespace AspireRouter.RouterCore.Tests.Common;

/// <summary>Every wire format's adapter, on one clock, as RouterCore registers them.</summary>
internal static class TestAdapters
{
    public static ParameterGuard Guard() => new(NullLogger<ParameterGuard>.Instance);

    public static ProviderAdapters All(TimeProvider time)
    {
        var classifier = new UpstreamFailureClassifier(time);
        var guard = Guard();
        return new ProviderAdapters(
        [
            new OpenAiProviderAdapter(classifier, guard),
            new GeminiProviderAdapter(classifier, guard, time),
            new AnthropicProviderAdapter(classifier, guard, time),
            new CohereProviderAdapter(classifier, guard, time),
            new CloudflareProviderAdapter(classifier, guard, time),
            new OllamaProviderAdapter(classifier, guard, time),
        ]);
    }
}
