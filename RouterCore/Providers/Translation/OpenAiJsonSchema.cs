using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary><c>response_format.json_schema</c>: a name and the schema the answer must follow.</summary>
internal sealed record OpenAiJsonSchema
{
    public string? Name { get; init; }

    public JsonElement? Schema { get; init; }

    public bool? Strict { get; init; }
}
