using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Embeddings.Upstream;

/// <summary>One upstream embeddings call: the client's request, aimed at a model of a provider, sent with one of its keys.</summary>
internal sealed record EmbeddingCall(EmbeddingsRequest Request, ModelInfo Model, ProviderKey Key)
{
    /// <summary>The provider's settings, with the key's value as its <see cref="ProviderOptions.ApiKey"/>.</summary>
    public ProviderOptions Provider => Key.Options;

    private const string OpenAiVersion = "/v1";

    public EmbeddingApi Api => ProviderEmbeddingOptions.ApiOf(Provider);

    /// <summary>
    /// The provider's embeddings root, without a trailing slash: <c>Embeddings:BaseUrl</c>, else derived from the provider's own:
    /// Workers AI runs models under <c>{base}/run</c>; Hugging Face's feature-extraction is <c>{host}/hf-inference/models</c>
    /// beside its OpenAI-compatible <c>{host}/v1</c>.
    /// </summary>
    public string BaseUrl
    {
        get
        {
            if (Provider.Embeddings.BaseUrl is { } configured)
            {
                return configured.TrimEnd('/');
            }

            var baseUrl = Provider.BaseUrl.TrimEnd('/');
            return Api switch
            {
                EmbeddingApi.Cloudflare => baseUrl + "/run",
                EmbeddingApi.HuggingFace => (baseUrl.EndsWith(OpenAiVersion, StringComparison.Ordinal) ? baseUrl[..^OpenAiVersion.Length] : baseUrl) + "/hf-inference/models",
                _ => baseUrl,
            };
        }
    }

    /// <summary>The texts to embed (the reader lets token arrays reach only APIs that take them).</summary>
    public string TextAt(int index) => Request.Inputs[index].Text ?? "";
}
