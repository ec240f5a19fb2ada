using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>A <c>functionCall</c> part: the function and its arguments as a JSON object.</summary>
internal sealed record GeminiFunctionCall
{
    public string? Id { get; init; }

    public string Name { get; init; } = "";

    public JsonElement? Args { get; init; }
}
