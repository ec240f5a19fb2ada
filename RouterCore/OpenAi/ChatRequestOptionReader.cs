using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads the object-valued fields that shape routing (tools, response format, provider preferences, router hints); skips the rest.</summary>
internal static class ChatRequestOptionReader
{
    /// <param name="reader">Positioned on the property name; left on the value's last token.</param>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request)
    {
        var isTools = reader.ValueTextEquals("tools"u8);
        var isToolChoice = reader.ValueTextEquals("tool_choice"u8);
        var isResponseFormat = reader.ValueTextEquals("response_format"u8);
        var isProvider = reader.ValueTextEquals("provider"u8);
        var isRouter = reader.ValueTextEquals("router"u8);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null || !(isTools || isToolChoice || isResponseFormat || isProvider || isRouter))
        {
            reader.Skip();
            return null;
        }

        return isRouter ? RouterHintsReader.Read(ref reader, request)
            : isTools ? ToolsReader.ReadTools(ref reader, request)
            : isToolChoice ? ToolChoiceReader.Read(ref reader, request)
            : isResponseFormat ? ResponseFormatReader.Read(ref reader, request)
            : ReadProvider(ref reader, request);
    }

    private static ChatRequestError? ReadProvider(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType("provider", "an object", ref reader);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isAllowFallbacks = reader.ValueTextEquals("allow_fallbacks"u8);
            reader.Read();
            if (!isAllowFallbacks)
            {
                reader.Skip();
                continue;
            }

            var error = JsonValues.ReadBoolean(ref reader, "provider.allow_fallbacks", out var allow);
            if (error is not null)
            {
                return error;
            }

            request.AllowFallbacks = allow ?? true;
        }

        return null;
    }
}
