namespace AspireRouter.UpstreamSimulator.Embeddings;

/// <summary>An embeddings request in the simulator's terms: the model, the texts in order, and the dimensions asked for (if any).</summary>
internal sealed record EmbeddingRequest(string? Model, IReadOnlyList<string> Texts, int? Dimensions)
{
    /// <summary>OpenAI's <c>encoding_format: "base64"</c>: each vector as the base64 of its little-endian float32 bytes.</summary>
    public bool Base64 { get; init; }
}
