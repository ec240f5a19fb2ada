using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads <c>response_format</c>: <c>text</c>, <c>json_object</c>, or <c>json_schema</c> with a named <c>json_schema</c> object.</summary>
internal static class ResponseFormatReader
{
    private const string TypeParam = "response_format.type";

    private const string SchemaParam = "response_format.json_schema";

    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType("response_format", "an object", ref reader);
        }

        var probe = reader;
        if (!JsonValues.TrySeekMember(ref probe, "type"u8))
        {
            return ChatRequestErrors.Missing(TypeParam);
        }

        if (ReadType(ref probe, request) is { } invalid)
        {
            return invalid;
        }

        var isJsonSchema = request.ResponseFormatType == "json_schema";
        var hasSchema = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isSchema = isJsonSchema && reader.ValueTextEquals("json_schema"u8);
            reader.Read();
            if (!isSchema)
            {
                reader.Skip();
                continue;
            }

            if (ReadSchema(ref reader) is { } error)
            {
                return error;
            }

            hasSchema = true;
        }

        return isJsonSchema && !hasSchema ? ChatRequestErrors.Missing(SchemaParam) : null;
    }

    private static ChatRequestError? ReadType(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return ChatRequestErrors.InvalidType(TypeParam, "a string", ref reader);
        }

        request.ResponseFormatType = reader.ValueTextEquals("text"u8) ? "text"
            : reader.ValueTextEquals("json_object"u8) ? "json_object"
            : reader.ValueTextEquals("json_schema"u8) ? "json_schema"
            : null;
        return request.ResponseFormatType is null
            ? ChatValueErrors.InvalidValue(TypeParam, reader.GetString(), "'text', 'json_object' and 'json_schema'")
            : null;
    }

    private static ChatRequestError? ReadSchema(ref Utf8JsonReader reader) =>
        JsonValues.ReadObjectName(ref reader, SchemaParam, out _);
}
