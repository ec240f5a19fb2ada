using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A function tool: name, description and the JSON schema of its arguments.</summary>
internal sealed record OpenAiFunction
{
    public string Name { get; init; } = "";

    public string? Description { get; init; }

    public JsonElement? Parameters { get; init; }
}
