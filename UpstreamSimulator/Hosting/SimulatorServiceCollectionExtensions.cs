using AspireRouter.UpstreamSimulator.Anthropic;
using AspireRouter.UpstreamSimulator.Catalog;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Cloudflare;
using AspireRouter.UpstreamSimulator.Cohere;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Control;
using AspireRouter.UpstreamSimulator.Embeddings;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Gemini;
using AspireRouter.UpstreamSimulator.Generic;
using AspireRouter.UpstreamSimulator.Json;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Ollama;
using AspireRouter.UpstreamSimulator.OpenRouter;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Hosting;

/// <summary>Registers the simulator's options (validated at start) and its services.</summary>
internal static class SimulatorServiceCollectionExtensions
{
    public static IServiceCollection AddUpstreamSimulator(this IServiceCollection services)
    {
        services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>();
        services.AddSingleton<IPostConfigureOptions<SimulatorOptions>, DefaultProviders>();
        services.AddSingleton<IPostConfigureOptions<SimulatorOptions>, DefaultNativeProviders>();
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, ControlJsonContext.Default));

        services.AddSingleton<FixtureCatalog>();
        services.AddSingleton<CatalogHistory>();
        services.AddSingleton<OpenRouterCatalog>();
        services.AddSingleton<FreeModelQuota>();
        services.AddSingleton<GenericRateLimiter>();
        services.AddSingleton<FaultScript>();
        services.AddSingleton<LatencyBook>();
        services.AddSingleton<RequestLog>();
        services.AddSingleton<ReplyLength>();
        services.AddSingleton<ReplyPlanner>();

        services.AddSingleton<OpenRouterIdentity>();
        services.AddSingleton<OpenRouterResponder>();
        services.AddSingleton<OpenRouterChatHandler>();
        services.AddSingleton<OpenRouterModelsEndpoint>();
        services.AddSingleton<OpenRouterKeyEndpoint>();

        services.AddSingleton<GenericProviderRegistry>();
        services.AddSingleton<GenericResponder>();
        services.AddSingleton<GenericChatHandler>();
        services.AddSingleton<GenericModelsEndpoint>();
        services.AddSingleton<CloudflareImageHandler>();

        services.AddSingleton<NativeProviderRegistry>();
        services.AddSingleton<NativeServices>();
        services.AddSingleton<GeminiChatHandler>();
        services.AddSingleton<AnthropicChatHandler>();
        services.AddSingleton<CohereChatHandler>();
        services.AddSingleton<CloudflareChatHandler>();
        services.AddSingleton<OllamaChatHandler>();

        services.AddSingleton<OpenAiEmbeddingsHandler>();
        services.AddSingleton<GeminiEmbeddingsHandler>();
        services.AddSingleton<CohereEmbedHandler>();
        services.AddSingleton<CloudflareEmbeddingsHandler>();
        services.AddSingleton<HuggingFaceEmbeddingsHandler>();

        services.AddSingleton(provider => new SimulatorControl(
            provider.GetRequiredService<RequestLog>(),
            provider.GetRequiredService<FaultScript>(),
            provider.GetRequiredService<LatencyBook>(),
            provider.GetRequiredService<ReplyLength>(),
            provider.GetRequiredService<FreeModelQuota>(),
            provider.GetRequiredService<GenericRateLimiter>(),
            provider.GetRequiredService<OpenRouterCatalog>(),
            provider.GetRequiredService<GenericProviderRegistry>(),
            provider.GetRequiredService<NativeProviderRegistry>(),
            provider.GetRequiredService<IOptions<SimulatorOptions>>()));
        return services;
    }
}
