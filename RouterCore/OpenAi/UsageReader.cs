using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>
/// Finds the top-level <c>usage</c> of a chat completion or stream chunk without parsing the rest: the object is looked up
/// from the end (where OpenAI-compatible providers put it), then read with <see cref="Utf8JsonReader"/>.
/// </summary>
public static class UsageReader
{
    private static ReadOnlySpan<byte> UsageProperty => "\"usage\""u8;

    public static bool TryRead(ReadOnlySpan<byte> json, out TokenUsage usage)
    {
        usage = default;
        var at = json.LastIndexOf(UsageProperty);
        if (at < 0)
        {
            return false;
        }

        var reader = new Utf8JsonReader(json[(at + UsageProperty.Length)..].TrimStart(" \t\r\n:"u8));
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            int? prompt = null;
            int? completion = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isPrompt = reader.ValueTextEquals("prompt_tokens"u8);
                var isCompletion = reader.ValueTextEquals("completion_tokens"u8);
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number && (isPrompt || isCompletion) && reader.TryGetInt32(out var count))
                {
                    prompt = isPrompt ? count : prompt;
                    completion = isCompletion ? count : completion;
                }
                else
                {
                    reader.Skip();
                }
            }

            usage = new TokenUsage(prompt ?? 0, completion ?? 0);
            return prompt is not null || completion is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
