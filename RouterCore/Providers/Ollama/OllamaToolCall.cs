namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>A tool call: <c>{"function":{"name":...,"arguments":{...}}}</c>.</summary>
internal sealed record OllamaToolCall
{
    public OllamaFunction? Function { get; init; }
}
