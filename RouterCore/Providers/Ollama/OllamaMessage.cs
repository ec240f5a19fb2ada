namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>The assistant message (or its piece): content, a thinking model's thoughts, tool calls.</summary>
internal sealed record OllamaMessage
{
    public string? Content { get; init; }

    public IReadOnlyList<OllamaToolCall>? ToolCalls { get; init; }
}
