namespace AspireRouter.RouterCore.Catalog;

/// <summary>One entry of an OpenAI-style model list, with the context fields some providers add (Groq, Mistral, vLLM).</summary>
internal sealed record OpenAiModelEntry
{
    public string? Id { get; init; }

    public long? Created { get; init; }

    /// <summary>Groq's.</summary>
    public int? ContextWindow { get; init; }

    /// <summary>OpenRouter-style providers'.</summary>
    public int? ContextLength { get; init; }

    /// <summary>Mistral's.</summary>
    public int? MaxContextLength { get; init; }

    /// <summary>vLLM's and others'.</summary>
    public int? MaxModelLen { get; init; }

    /// <summary>Groq's: false for a model that no longer serves.</summary>
    public bool? Active { get; init; }
}
