using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>Reads a chat completion request body; returns null with a reason when it is not a usable request.</summary>
internal static class ChatRequestReader
{
    public static async Task<(ChatRequest? Request, string? Problem)> ReadAsync(PipeReader body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken);
            if (result.IsCompleted)
            {
                try
                {
                    return Parse(result.Buffer);
                }
                finally
                {
                    body.AdvanceTo(result.Buffer.End);
                }
            }

            body.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    public static (ChatRequest? Request, string? Problem) Parse(ReadOnlySequence<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The request body must be a JSON object.");
            }

            return root.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
                ? (Read(root, messages), null)
                : (null, "Input required: specify \"prompt\" or \"messages\"");
        }
        catch (JsonException exception)
        {
            return (null, $"Invalid JSON in request body: {exception.Message}");
        }
    }

    private static ChatRequest Read(JsonElement root, JsonElement messages)
    {
        var (promptText, hasImage, lastRole) = ReadMessages(messages);
        var (format, schema) = ReadResponseFormat(root);
        var hasTools = root.TryGetProperty("tools", out var tools) && tools.ValueKind == JsonValueKind.Array && tools.GetArrayLength() > 0;
        var imageConfig = Property(root, "image_config");
        return new ChatRequest
        {
            Model = String(root, "model"),
            Stream = Property(root, "stream")?.ValueKind == JsonValueKind.True,
            IncludeUsage = Property(root, "stream_options") is { } options && Property(options, "include_usage")?.ValueKind == JsonValueKind.True,
            MaxTokens = Integer(root, "max_tokens") ?? Integer(root, "max_completion_tokens"),
            HasTools = hasTools,
            Tool = hasTools ? ChooseTool(tools, Property(root, "tool_choice")) : null,
            ResponseFormat = format,
            ResponseSchema = schema,
            HasImageInput = hasImage,
            LastRole = lastRole,
            PromptText = promptText,
            Modalities = Property(root, "modalities") is { ValueKind: JsonValueKind.Array } modalities
                ? [.. modalities.EnumerateArray().Select(m => m.GetString()).OfType<string>()]
                : null,
            AspectRatio = imageConfig is { } aspect ? String(aspect, "aspect_ratio") : null,
            ImageSize = imageConfig is { } size ? String(size, "image_size") : null,
            Seed = Property(root, "seed") is { ValueKind: JsonValueKind.Number } seed && seed.TryGetInt64(out var value) ? value : null,
        };
    }

    private static (string Text, bool HasImage, string? LastRole) ReadMessages(JsonElement messages)
    {
        var text = new StringBuilder();
        var hasImage = false;
        string? lastRole = null;
        foreach (var message in messages.EnumerateArray())
        {
            lastRole = String(message, "role");
            var content = Property(message, "content");
            if (content?.ValueKind == JsonValueKind.String)
            {
                text.Append(content.Value.GetString()).Append('\n');
            }
            else if (content?.ValueKind == JsonValueKind.Array)
            {
                foreach (var part in content.Value.EnumerateArray())
                {
                    var type = String(part, "type");
                    hasImage |= type == "image_url";
                    text.Append(type == "text" ? String(part, "text") : null).Append('\n');
                }
            }
        }

        return (text.ToString(), hasImage, lastRole);
    }

    private static (ResponseFormatKind Kind, JsonElement? Schema) ReadResponseFormat(JsonElement root) =>
        Property(root, "response_format") is { } format
            ? String(format, "type") switch
            {
                "json_object" => (ResponseFormatKind.JsonObject, null),
                "json_schema" => (ResponseFormatKind.JsonSchema, Property(format, "json_schema") is { } spec ? Property(spec, "schema")?.Clone() : null),
                _ => (ResponseFormatKind.Text, null),
            }
            : (ResponseFormatKind.Text, null);

    /// <summary>Honours <c>tool_choice</c>: <c>none</c> calls nothing, a named function calls that one, otherwise the first tool.</summary>
    private static FunctionTool? ChooseTool(JsonElement tools, JsonElement? choice)
    {
        if (choice?.ValueKind == JsonValueKind.String && choice.Value.GetString() == "none")
        {
            return null;
        }

        var wanted = choice is { ValueKind: JsonValueKind.Object } named && Property(named, "function") is { } function ? String(function, "name") : null;
        foreach (var tool in tools.EnumerateArray())
        {
            if (Property(tool, "function") is { } definition && String(definition, "name") is { } name && (wanted is null || wanted == name))
            {
                return new FunctionTool(name, Property(definition, "parameters")?.Clone());
            }
        }

        return null;
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? String(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static int? Integer(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;
}
