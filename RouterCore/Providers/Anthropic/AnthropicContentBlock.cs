using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>A content block: <c>text</c>, <c>tool_use</c> (id, name, input object) or <c>thinking</c>.</summary>
internal sealed record AnthropicContentBlock
{
    public string Type { get; init; } = "";

    public string? Text { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public JsonElement? Input { get; init; }
}
