using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>A tool call's function, with its arguments as a JSON object.</summary>
internal sealed record OllamaFunction
{
    public string Name { get; init; } = "";

    public JsonElement? Arguments { get; init; }
}
