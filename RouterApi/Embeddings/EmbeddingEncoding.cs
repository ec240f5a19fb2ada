namespace AspireRouter.RouterApi.Embeddings;

/// <summary>OpenAI's <c>encoding_format</c>: vectors as JSON numbers, or as the base64 of their little-endian float32 bytes.</summary>
internal enum EmbeddingEncoding
{
    Float,
    Base64,
}
