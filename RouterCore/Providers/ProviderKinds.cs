namespace AspireRouter.RouterCore.Providers;

/// <summary>Wire formats the router can speak to; one <see cref="IProviderAdapter"/> per kind.</summary>
public static class ProviderKinds
{
    /// <summary>OpenAI's chat completions (OpenRouter, Groq, Cerebras, Mistral, NVIDIA NIM, Hugging Face, Ollama's and LM Studio's <c>/v1</c>).</summary>
    public const string OpenAi = "openai";

    /// <summary>Google's <c>generateContent</c> (Google AI Studio).</summary>
    public const string Gemini = "gemini";

    /// <summary>Anthropic's Messages API.</summary>
    public const string Anthropic = "anthropic";

    /// <summary>Cohere's v2 chat.</summary>
    public const string Cohere = "cohere";

    /// <summary>Cloudflare Workers AI's <c>/ai/run/{model}</c>.</summary>
    public const string Cloudflare = "cloudflare";

    /// <summary>Ollama's native <c>/api/chat</c>.</summary>
    public const string Ollama = "ollama";

    public static IReadOnlyList<string> All { get; } = [OpenAi, Gemini, Anthropic, Cohere, Cloudflare, Ollama];
}
