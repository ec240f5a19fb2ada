namespace AspireRouter.RouterApi.Embeddings;

/// <summary>Embeddings settings (section <c>Embeddings</c>).</summary>
public sealed class EmbeddingsOptions
{
    public const string SectionName = "Embeddings";

    /// <summary>Inputs one request may carry (OpenAI's limit); a model's provider may take fewer (its <c>MaxInputs</c>).</summary>
    public int MaxInputs { get; init; } = 2048;

    /// <summary>How long one upstream embeddings call may take before the next provider of the model is tried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest upstream answer read; a larger one fails its attempt (2,048 vectors of 3,072 numbers are about 80 MiB as JSON).</summary>
    public long MaxResponseBodyBytes { get; init; } = 128L * 1024 * 1024;
}
