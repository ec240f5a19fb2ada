namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>An OpenAI-compatible provider (the shape of Groq, Cerebras, Mistral, NVIDIA NIM, Ollama's <c>/v1</c>).</summary>
public sealed class GenericProviderOptions
{
    /// <summary>Keys that authenticate; empty accepts any bearer key.</summary>
    public List<string> ApiKeys { get; set; } = [];

    public List<GenericModelOptions> Models { get; set; } = [];
}
