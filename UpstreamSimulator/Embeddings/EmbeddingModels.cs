using System.Collections.Frozen;

namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>
/// The free embedding models each simulated provider serves, as their documentation gives them: Mistral's <c>mistral-embed</c>,
/// NVIDIA's <c>baai/bge-m3</c>, Google's <c>gemini-embedding-001</c> (3072, cut to 128 or more), Cohere's Embed (96 texts a call),
/// Workers AI's BGE models (100 texts a call) and Hugging Face's feature-extraction models.
/// </summary>
internal static class EmbeddingModels
{
    private const int OpenAiMaxInputs = 2048;

    private static readonly FrozenDictionary<string, FrozenDictionary<string, EmbeddingModel>> ByProvider = new Dictionary<string, EmbeddingModel[]>
    {
        ["mistral"] = [new("mistral-embed", 1024, OpenAiMaxInputs)],
        ["nvidia"] = [new("baai/bge-m3", 1024, OpenAiMaxInputs)],
        ["gemini"] = [new("gemini-embedding-001", 3072, 100, MinDimensions: 128)],
        ["cohere"] = [new("embed-v4.0", 1536, 96), new("embed-multilingual-v3.0", 1024, 96), new("embed-english-v3.0", 1024, 96)],
        ["cloudflare"] =
        [
            new("@cf/baai/bge-m3", 1024, 100), new("@cf/baai/bge-base-en-v1.5", 768, 100),
            new("@cf/baai/bge-small-en-v1.5", 384, 100), new("@cf/baai/bge-large-en-v1.5", 1024, 100),
        ],
        ["huggingface"] = [new("sentence-transformers/all-MiniLM-L6-v2", 384, OpenAiMaxInputs), new("BAAI/bge-small-en-v1.5", 384, OpenAiMaxInputs)],
    }.ToFrozenDictionary(entry => entry.Key, entry => entry.Value.ToFrozenDictionary(model => model.Id, StringComparer.Ordinal), StringComparer.Ordinal);

    public static EmbeddingModel? Find(string provider, string? model) =>
        model is not null && ByProvider.TryGetValue(provider, out var models) && models.TryGetValue(model, out var found) ? found : null;
}
