namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>The <c>response_format.type</c> a request asks for.</summary>
internal enum ResponseFormatKind
{
    Text,
    JsonObject,
    JsonSchema,
}
