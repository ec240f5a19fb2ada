using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// What an answer said of itself, gathered from a completion or from each chunk of a stream as it is relayed: its id, model,
/// finish reasons and (when captured) its text, kept up to <see cref="GenAiContentOptions.MaxCapturedContentBytes"/>.
/// </summary>
internal sealed class ChatTranscript(GenAiContentOptions options)
{
    private readonly StringBuilder? _text = options.CaptureMessageContent ? new StringBuilder() : null;
    private readonly List<string> _finishReasons = [];
    private string? _id;
    private string? _model;
    private bool _readFirst;

    /// <summary>Reads one stream chunk's data (<c>choices[].delta</c>).</summary>
    public void ReadChunk(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty || data[0] != (byte)'{' || (_text is null && _readFirst && !HasFinishReason(data)))
        {
            return;
        }

        _readFirst = true;

        // A chunk that is not JSON is the client's to see, not the span's to fail on.
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(data);
            if (!JsonDocument.TryParseValue(ref reader, out var parsed))
            {
                return;
            }

            document = parsed;
        }
        catch (JsonException)
        {
            return;
        }

        using (document)
        {
            Read(document.RootElement, "delta");
        }
    }

    /// <summary>Reads a completion (<paramref name="choiceMember"/> <c>message</c>) or a chunk (<c>delta</c>).</summary>
    public void Read(JsonElement root, string choiceMember)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        _id ??= String(root, "id");
        _model ??= String(root, "model");
        if (!root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var choice in choices.EnumerateArray())
        {
            if (choice.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (String(choice, "finish_reason") is { } reason)
            {
                _finishReasons.Add(reason);
            }

            if (_text is not null && choice.TryGetProperty(choiceMember, out var message) && message.ValueKind == JsonValueKind.Object
                && String(message, "content") is { } content && _text.Length < options.MaxCapturedContentBytes)
            {
                _text.Append(content);
            }
        }
    }

    public void Tag(Activity span)
    {
        if (_id is not null)
        {
            span.SetTag(GenAiAttributes.ResponseId, _id);
        }

        if (_model is not null)
        {
            span.SetTag(GenAiAttributes.ResponseModel, _model);
        }

        if (_finishReasons.Count > 0)
        {
            span.SetTag(GenAiAttributes.FinishReasons, _finishReasons.ToArray());
        }

        if (_text is not null)
        {
            using var writer = new GenAiMessagesWriter(options.MaxCapturedContentBytes);
            writer.BeginMessage("assistant");
            writer.Text(_text.ToString());
            writer.EndMessage(_finishReasons.Count > 0 ? _finishReasons[0] : null);
            span.SetTag(GenAiAttributes.OutputMessages, writer.ToJson());
        }
    }

    // Most chunks say "finish_reason": null; without content to capture, only the one that names a reason needs parsing.
    private static bool HasFinishReason(ReadOnlySpan<byte> data)
    {
        var at = data.IndexOf("\"finish_reason\""u8);
        if (at < 0)
        {
            return false;
        }

        var rest = data[(at + "\"finish_reason\""u8.Length)..].TrimStart(" \t\r\n:"u8);
        return !rest.IsEmpty && rest[0] == (byte)'"';
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
