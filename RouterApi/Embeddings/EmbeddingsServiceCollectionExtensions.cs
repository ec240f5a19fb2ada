using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Embeddings;

internal static class EmbeddingsServiceCollectionExtensions
{
    /// <summary>Embeddings: options (<c>Embeddings</c>, <c>Providers:{name}:Embeddings</c>), one adapter per embeddings API, the endpoint.</summary>
    public static IServiceCollection AddEmbeddings(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<EmbeddingsOptions>, EmbeddingsOptionsValidator>();
        services.AddOptions<EmbeddingsOptions>().BindConfiguration(EmbeddingsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProvidersOptions>, ProviderEmbeddingOptionsValidator>();

        services.AddSingleton<IEmbeddingApiAdapter, OpenAiEmbeddingAdapter>();
        services.AddSingleton<IEmbeddingApiAdapter, GeminiEmbeddingAdapter>();
        services.AddSingleton<IEmbeddingApiAdapter, CohereEmbeddingAdapter>();
        services.AddSingleton<IEmbeddingApiAdapter, CloudflareEmbeddingAdapter>();
        services.AddSingleton<IEmbeddingApiAdapter, HuggingFaceEmbeddingAdapter>();
        services.AddSingleton<EmbeddingApiAdapters>();
        services.AddSingleton<EmbeddingFit>();
        services.AddSingleton<EmbeddingModelCheck>();
        services.AddSingleton<EmbeddingAttempt>();
        services.AddSingleton<EmbeddingUnavailableResponder>();
        services.AddSingleton<EmbeddingsEndpoint>();
        return services;
    }
}
