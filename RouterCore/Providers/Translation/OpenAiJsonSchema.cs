using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary><c>response_format.json_schema</c>: the schema the answer must follow.</summary>
internal sealed record OpenAiJsonSchema
{
    public JsonElement? Schema { get; init; }
}
