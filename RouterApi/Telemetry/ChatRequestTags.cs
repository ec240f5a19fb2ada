using System.Diagnostics;
using System.Text.Json;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// Tags an attempt span with the request's parameters (<c>gen_ai.request.*</c>) and, when the operator opted in, its messages
/// (<c>gen_ai.input.messages</c>, the conventions' role-and-parts shape). Read from the body only when the span is recorded.
/// </summary>
internal static class ChatRequestTags
{
    public static void Add(Activity span, ReadOnlyMemory<byte> body, TelemetryOptions options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return;
        }

        using var owned = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (!Integer(span, root, "max_completion_tokens", "gen_ai.request.max_tokens"))
        {
            Integer(span, root, "max_tokens", "gen_ai.request.max_tokens");
        }

        Real(span, root, "temperature", "gen_ai.request.temperature");
        Real(span, root, "top_p", "gen_ai.request.top_p");
        Real(span, root, "top_k", "gen_ai.request.top_k");
        Real(span, root, "frequency_penalty", "gen_ai.request.frequency_penalty");
        Real(span, root, "presence_penalty", "gen_ai.request.presence_penalty");
        Integer(span, root, "seed", "gen_ai.request.seed");
        Integer(span, root, "n", "gen_ai.request.choice.count");
        if (root.TryGetProperty("stop", out var stop))
        {
            span.SetTag("gen_ai.request.stop_sequences", stop.ValueKind switch
            {
                JsonValueKind.String => new[] { stop.GetString()! },
                JsonValueKind.Array => [.. stop.EnumerateArray().Where(s => s.ValueKind == JsonValueKind.String).Select(s => s.GetString()!)],
                _ => null,
            });
        }

        if (options.CaptureMessageContent && root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array)
        {
            span.SetTag(GenAiAttributes.InputMessages, InputMessages(messages, options.MaxCapturedContentBytes));
        }
    }

    private static bool Integer(Activity span, JsonElement root, string property, string attribute)
    {
        if (root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            span.SetTag(attribute, number);
            return true;
        }

        return false;
    }

    private static void Real(Activity span, JsonElement root, string property, string attribute)
    {
        if (root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number)
        {
            span.SetTag(attribute, value.GetDouble());
        }
    }

    private static string InputMessages(JsonElement messages, int limit)
    {
        using var writer = new GenAiMessagesWriter(limit);
        foreach (var message in messages.EnumerateArray())
        {
            if (message.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var role = message.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "user";
            writer.BeginMessage(role);
            if (message.TryGetProperty("content", out var content))
            {
                if (content.ValueKind == JsonValueKind.String)
                {
                    writer.Text(content.GetString()!);
                }
                else if (content.ValueKind == JsonValueKind.Array)
                {
                    foreach (var part in content.EnumerateArray())
                    {
                        if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                        {
                            writer.Text(text.GetString()!);
                        }
                    }
                }
            }

            writer.EndMessage(finishReason: null);
        }

        return writer.ToJson();
    }
}
