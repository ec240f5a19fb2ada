using System.Buffers;
using System.Text;
using System.Text.Json;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// Writes messages in the shape of the conventions' <c>gen_ai.input.messages</c> / <c>gen_ai.output.messages</c>
/// (<c>[{"role","parts":[{"type":"text","content"}],"finish_reason"}]</c>), keeping at most a budget of text: what is past it is cut.
/// </summary>
internal sealed class GenAiMessagesWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;
    private int _budget;

    public GenAiMessagesWriter(int budgetBytes)
    {
        _budget = budgetBytes;
        _json = new Utf8JsonWriter(_buffer);
        _json.WriteStartArray();
    }

    public void BeginMessage(string role)
    {
        _json.WriteStartObject();
        _json.WriteString("role", role);
        _json.WritePropertyName("parts");
        _json.WriteStartArray();
    }

    public void Text(string text)
    {
        if (_budget <= 0)
        {
            return;
        }

        var kept = Keep(text, _budget);
        _budget -= Encoding.UTF8.GetByteCount(kept);
        _json.WriteStartObject();
        _json.WriteString("type", "text");
        _json.WriteString("content", kept);
        _json.WriteEndObject();
    }

    public void EndMessage(string? finishReason)
    {
        _json.WriteEndArray();
        if (finishReason is not null)
        {
            _json.WriteString("finish_reason", finishReason);
        }

        _json.WriteEndObject();
    }

    public string ToJson()
    {
        _json.WriteEndArray();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _json.Dispose();

    // Cuts at a character boundary so that the kept text is at most the budget in UTF-8.
    private static string Keep(string text, int budget)
    {
        if (Encoding.UTF8.GetByteCount(text) <= budget)
        {
            return text;
        }

        var length = Math.Min(text.Length, budget);
        while (length > 0 && Encoding.UTF8.GetByteCount(text.AsSpan(0, length)) > budget)
        {
            length--;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }
}
