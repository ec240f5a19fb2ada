namespace AspireRouter.RouterApi.Embeddings;

/// <summary>One input of an embeddings request: a text, or (OpenAI's other form) the token ids of one.</summary>
internal readonly record struct EmbeddingInput(string? Text, int[]? Tokens)
{
    private const int BytesPerToken = 4;

    /// <summary>An estimate of its tokens where the provider does not count them: about four UTF-8 bytes a token.</summary>
    public int EstimatedTokens => Tokens?.Length ?? Math.Max(1, (System.Text.Encoding.UTF8.GetByteCount(Text!) + BytesPerToken - 1) / BytesPerToken);
}
