namespace AspireRouter.RouterCore.Providers;

/// <summary>How a provider's embedding models are called (<c>Providers:{name}:Embeddings:Api</c>).</summary>
public enum EmbeddingApi
{
    /// <summary>OpenAI's <c>POST {base}/embeddings</c> (OpenRouter, Mistral, NVIDIA, most OpenAI-compatible servers).</summary>
    OpenAi,

    /// <summary>Google's Gemini API, <c>POST {base}/models/{model}:batchEmbedContents</c>.</summary>
    Gemini,

    /// <summary>Cohere's <c>POST {base}/embed</c> with <c>base</c> = <c>https://api.cohere.com/v2</c>.</summary>
    Cohere,

    /// <summary>Cloudflare Workers AI, <c>POST {base}/run/{model}</c> with <c>base</c> = <c>.../accounts/{id}/ai</c>.</summary>
    Cloudflare,

    /// <summary>Hugging Face's feature-extraction task, <c>POST {base}/{model}/pipeline/feature-extraction</c>.</summary>
    HuggingFace,
}
