namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary><c>response_format</c>: <c>text</c>, <c>json_object</c>, or <c>json_schema</c> with its schema.</summary>
internal sealed record OpenAiResponseFormat
{
    public string Type { get; init; } = "text";

    public OpenAiJsonSchema? JsonSchema { get; init; }
}
