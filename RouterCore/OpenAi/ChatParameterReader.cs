using System.Text.Json;
using AspireRouter.RouterCore.Conversations;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Checks the sampling and output parameters the router forwards untouched, for type and range as OpenAI's API documents them.</summary>
internal static class ChatParameterReader
{
    private const int MaxStopSequences = 4;

    private const double MaxLogitBias = 100;

    private static readonly NumberRule[] Numbers =
    [
        new("temperature", 0, 2, integer: false),
        new("top_p", 0, 1, integer: false),
        new("frequency_penalty", -2, 2, integer: false),
        new("presence_penalty", -2, 2, integer: false),
        new("n", 1, 128, integer: true),
        new("top_logprobs", 0, 20, integer: true),
        new("seed", long.MinValue, long.MaxValue, integer: true),
    ];

    /// <param name="reader">Positioned on the property name; when this returns true, left on the value's last token.</param>
    /// <returns>True when the property is one this reader checks.</returns>
    public static bool TryRead(ref Utf8JsonReader reader, ChatRequest request, out ChatRequestError? error)
    {
        foreach (var rule in Numbers)
        {
            if (reader.ValueTextEquals(rule.Utf8Name))
            {
                reader.Read();
                error = JsonValues.ReadNumber(ref reader, rule.Param, rule.Minimum, rule.Maximum, rule.Integer);
                return true;
            }
        }

        var param = reader.ValueTextEquals("logprobs"u8) ? "logprobs"
            : reader.ValueTextEquals("parallel_tool_calls"u8) ? "parallel_tool_calls"
            : reader.ValueTextEquals("store"u8) ? "store"
            : reader.ValueTextEquals("stop"u8) ? "stop"
            : reader.ValueTextEquals("logit_bias"u8) ? "logit_bias"
            : reader.ValueTextEquals("stream_options"u8) ? "stream_options"
            : reader.ValueTextEquals("user"u8) ? "user"
            : null;
        if (param is null)
        {
            error = null;
            return false;
        }

        reader.Read();
        error = param switch
        {
            "stop" => ReadStop(ref reader),
            "logit_bias" => ReadLogitBias(ref reader),
            "stream_options" => ReadStreamOptions(ref reader, request),
            "user" => ConversationFieldReader.Read(ref reader, request, param, ConversationSource.User),
            _ => JsonValues.ReadBoolean(ref reader, param, out _),
        };
        return true;
    }

    private static ChatRequestError? ReadStop(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return ChatRequestErrors.InvalidType("stop", "a string or an array", ref reader);
        }

        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return ChatRequestErrors.InvalidType($"stop[{count}]", "a string", ref reader);
            }

            count++;
        }

        return count > MaxStopSequences ? ChatValueErrors.ArrayTooLong("stop", count, MaxStopSequences) : null;
    }

    private static ChatRequestError? ReadLogitBias(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType("logit_bias", "an object", ref reader);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader;
            reader.Read();
            if (JsonValues.ReadNumber(ref reader, "logit_bias", -MaxLogitBias, MaxLogitBias, integer: false) is { } error)
            {
                return error with { Param = $"logit_bias.{key.GetString()}" };
            }
        }

        return null;
    }

    private static ChatRequestError? ReadStreamOptions(ref Utf8JsonReader reader, ChatRequest request)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.InvalidType("stream_options", "an object", ref reader);
        }

        request.HasStreamOptions = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isIncludeUsage = reader.ValueTextEquals("include_usage"u8);
            reader.Read();
            if (isIncludeUsage && JsonValues.ReadBoolean(ref reader, "stream_options.include_usage", out _) is { } error)
            {
                return error;
            }

            reader.Skip();
        }

        return null;
    }
}
