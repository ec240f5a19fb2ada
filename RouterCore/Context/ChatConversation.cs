using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace AspireRouter.RouterCore.Context;

/// <summary>A chat body's messages with their token counts, and the body rewritten with only some of them (everything else as sent).</summary>
public sealed class ChatConversation : IDisposable
{
    private readonly JsonDocument _document;
    private readonly JsonElement[] _elements;

    private ChatConversation(JsonDocument document, JsonElement[] elements, IReadOnlyList<ConversationMessage> messages, int fixedTokens)
    {
        _document = document;
        _elements = elements;
        Messages = messages;
        FixedTokens = fixedTokens;
    }

    public IReadOnlyList<ConversationMessage> Messages { get; }

    /// <summary>Tokens that do not belong to any message (the tool definitions).</summary>
    public int FixedTokens { get; }

    public int PromptTokens => FixedTokens + Messages.Sum(message => message.Tokens);

    /// <param name="body">A body <see cref="OpenAi.ChatRequestReader"/> accepted.</param>
    public static ChatConversation Read(ReadOnlyMemory<byte> body, PromptTokenCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        JsonElement[] elements = [.. root.GetProperty("messages").EnumerateArray()];
        var messages = elements.Select(message => Describe(message, counter)).ToList();
        var tools = root.TryGetProperty("tools", out var definitions) && definitions.ValueKind == JsonValueKind.Array
            ? counter.Count(definitions.GetRawText())
            : 0;
        return new ChatConversation(document, elements, messages, tools);
    }

    /// <summary>Writes the body with only the messages at <paramref name="kept"/> (in that order); other fields are copied raw.</summary>
    public void WriteWith(IReadOnlyList<int> kept, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(kept);
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        foreach (var property in _document.RootElement.EnumerateObject())
        {
            writer.WritePropertyName(property.Name);
            if (!property.NameEquals("messages"u8))
            {
                writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(property.Value), skipInputValidation: true);
                continue;
            }

            writer.WriteStartArray();
            foreach (var index in kept)
            {
                writer.WriteRawValue(JsonMarshal.GetRawUtf8Value(_elements[index]), skipInputValidation: true);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public void Dispose() => _document.Dispose();

    private static ConversationMessage Describe(JsonElement message, PromptTokenCounter counter)
    {
        var tokens = PromptTokenCounter.TokensPerMessage;
        var callsTools = false;
        foreach (var field in message.EnumerateObject())
        {
            if (field.NameEquals("content"u8))
            {
                tokens += ContentTokens(field.Value, counter);
            }
            else if (field.NameEquals("tool_calls"u8) || field.NameEquals("function_call"u8))
            {
                callsTools |= field.Value.ValueKind == JsonValueKind.Object || (field.Value.ValueKind == JsonValueKind.Array && field.Value.GetArrayLength() > 0);
                tokens += counter.Count(field.Value.ValueKind == JsonValueKind.Null ? "" : field.Value.GetRawText());
            }
            else if (field.NameEquals("name"u8) && field.Value.ValueKind == JsonValueKind.String)
            {
                tokens += counter.Count(field.Value.GetString()!);
            }
        }

        var role = message.TryGetProperty("role", out var value) ? value.GetString() ?? "" : "";
        return new ConversationMessage(role, tokens, callsTools && role == "assistant");
    }

    // Text only, as the hot-path estimate counts it: image, audio and file parts are left out.
    private static int ContentTokens(JsonElement content, PromptTokenCounter counter)
    {
        if (content.ValueKind == JsonValueKind.String)
        {
            return counter.Count(content.GetString()!);
        }

        var tokens = 0;
        if (content.ValueKind == JsonValueKind.Array)
        {
            foreach (var part in content.EnumerateArray())
            {
                if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    tokens += counter.Count(text.GetString()!);
                }
            }
        }

        return tokens;
    }
}
