namespace AspireRouter.RouterApi.Embeddings;

/// <summary>A checked <c>POST /v1/embeddings</c> body.</summary>
internal sealed class EmbeddingsRequest
{
    /// <summary>The model asked for, once model aliases are resolved.</summary>
    public required string Model { get; set; }

    public required List<EmbeddingInput> Inputs { get; init; }

    /// <summary>Whether the inputs are token arrays (all of them are, or none).</summary>
    public bool HasTokens { get; init; }

    public EmbeddingEncoding Encoding { get; init; }

    /// <summary>The vector length asked for; null for the model's own.</summary>
    public int? Dimensions { get; init; }

    public string? User { get; init; }

    /// <summary>The inputs' tokens as estimated where the provider does not count them.</summary>
    public int EstimatedTokens()
    {
        var total = 0;
        foreach (var input in Inputs)
        {
            total += input.EstimatedTokens;
        }

        return total;
    }
}
