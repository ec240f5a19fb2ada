using System.Diagnostics;
using System.Text.Json;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// Tags an attempt span with the request's parameters (<c>gen_ai.request.*</c>), read from the body's top level with one forward
/// pass that skips the messages, and, when the operator opted in, with its messages (<see cref="ChatInputMessages"/>).
/// </summary>
internal static class ChatRequestTags
{
    private const string MaxTokens = "gen_ai.request.max_tokens";
    private const string StopSequences = "gen_ai.request.stop_sequences";

    public static void Add(Activity span, ReadOnlyMemory<byte> body, GenAiContentOptions options)
    {
        try
        {
            AddParameters(span, body.Span);
            if (options.CaptureMessageContent && ChatInputMessages.Read(body, options.MaxCapturedContentBytes) is { } messages)
            {
                span.SetTag(GenAiAttributes.InputMessages, messages);
            }
        }
        catch (JsonException)
        {
            // The body was checked before routing; a span never fails a request over what it could not read.
        }
    }

    private static void AddParameters(Activity span, ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var attribute = AttributeOf(ref reader);
            reader.Read();
            if (attribute is null)
            {
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.Number && IsInteger(attribute) && reader.TryGetInt64(out var whole))
            {
                span.SetTag(attribute, whole);
            }
            else if (reader.TokenType == JsonTokenType.Number)
            {
                span.SetTag(attribute, reader.GetDouble());
            }
            else if (attribute == StopSequences)
            {
                span.SetTag(attribute, Strings(ref reader));
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private static string? AttributeOf(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("max_completion_tokens"u8) || reader.ValueTextEquals("max_tokens"u8) ? MaxTokens
        : reader.ValueTextEquals("temperature"u8) ? "gen_ai.request.temperature"
        : reader.ValueTextEquals("top_p"u8) ? "gen_ai.request.top_p"
        : reader.ValueTextEquals("top_k"u8) ? "gen_ai.request.top_k"
        : reader.ValueTextEquals("frequency_penalty"u8) ? "gen_ai.request.frequency_penalty"
        : reader.ValueTextEquals("presence_penalty"u8) ? "gen_ai.request.presence_penalty"
        : reader.ValueTextEquals("seed"u8) ? "gen_ai.request.seed"
        : reader.ValueTextEquals("n"u8) ? "gen_ai.request.choice.count"
        : reader.ValueTextEquals("stop"u8) ? StopSequences
        : null;

    private static bool IsInteger(string attribute) =>
        attribute is MaxTokens or "gen_ai.request.seed" or "gen_ai.request.choice.count" or "gen_ai.request.top_k";

    private static string[]? Strings(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var strings = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                strings.Add(reader.GetString()!);
            }
            else
            {
                reader.Skip();
            }
        }

        return [.. strings];
    }
}
