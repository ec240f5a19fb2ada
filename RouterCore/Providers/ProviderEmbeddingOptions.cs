namespace AspireRouter.RouterCore.Providers;

/// <summary>How the router calls a provider's embedding models (<c>Providers:{name}:Embeddings</c>).</summary>
public sealed record ProviderEmbeddingOptions
{
    /// <summary>The embeddings API; null means the one of the provider's <see cref="ProviderOptions.Kind"/> (see <see cref="ApiOf"/>).</summary>
    public EmbeddingApi? Api { get; init; }

    /// <summary>
    /// The API root for embeddings when it is not derived from the provider's <see cref="ProviderOptions.BaseUrl"/>: Hugging Face's
    /// feature-extraction lives at <c>{host}/hf-inference/models</c> beside its OpenAI-compatible <c>{host}/v1</c>.
    /// </summary>
    public string? BaseUrl { get; init; }

    public static EmbeddingApi ApiOf(ProviderOptions provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.Embeddings.Api ?? provider.Kind switch
        {
            ProviderKinds.Gemini => EmbeddingApi.Gemini,
            ProviderKinds.Cohere => EmbeddingApi.Cohere,
            ProviderKinds.Cloudflare => EmbeddingApi.Cloudflare,
            _ => EmbeddingApi.OpenAi,
        };
    }
}
