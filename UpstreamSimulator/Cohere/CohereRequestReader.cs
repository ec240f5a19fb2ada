using System.Text;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Cohere;

/// <summary>
/// Reads a v2 chat request (https://docs.cohere.com/reference/chat): OpenAI-like messages, <c>p</c>/<c>k</c>,
/// <c>stop_sequences</c>, an upper-case <c>tool_choice</c>, <c>response_format</c> with an inline <c>json_schema</c>.
/// OpenAI's own names for those fields are refused, as the API refuses unknown fields.
/// </summary>
internal static class CohereRequestReader
{
    private static readonly string[] OpenAiOnlyFields = ["top_p", "top_k", "stop", "max_completion_tokens", "n"];

    public static (ChatRequest? Request, string? Problem) Read(JsonElement body)
    {
        if (OpenAiOnlyFields.FirstOrDefault(field => body.Property(field) is not null) is { } unknown)
        {
            return (null, $"invalid request: unknown field '{unknown}'");
        }

        var model = body.String("model");
        var messages = body.Items("messages").ToList();
        if (model is null || messages.Count == 0)
        {
            return (null, model is null ? "invalid request: model must be specified" : "invalid request: messages must not be empty");
        }

        var text = new StringBuilder();
        var hasImage = false;
        string? lastRole = null;
        foreach (var message in messages)
        {
            lastRole = message.String("role");
            if (lastRole is not ("system" or "user" or "assistant" or "tool"))
            {
                return (null, $"invalid request: invalid role '{lastRole}'");
            }

            if (lastRole == "tool" && message.String("tool_call_id") is null)
            {
                return (null, "invalid request: tool messages need a tool_call_id");
            }

            ReadContent(message.Property("content"), text, ref hasImage);
        }

        var format = body.Property("response_format");
        var tools = body.Items("tools").ToList();
        return (new ChatRequest
        {
            Model = model,
            Stream = body.Boolean("stream") == true,
            MaxTokens = body.Integer("max_tokens"),
            HasTools = tools.Count > 0,
            Tool = body.String("tool_choice") == "NONE" ? null : FirstTool(tools),
            ResponseFormat = format?.String("type") == "json_object"
                ? format.Value.Property("json_schema") is null ? ResponseFormatKind.JsonObject : ResponseFormatKind.JsonSchema
                : ResponseFormatKind.Text,
            ResponseSchema = format?.Property("json_schema")?.Clone(),
            HasImageInput = hasImage,
            LastRole = lastRole,
            PromptText = text.ToString(),
            Seed = body.Long("seed"),
        }, null);
    }

    private static void ReadContent(JsonElement? content, StringBuilder text, ref bool hasImage)
    {
        if (content is { ValueKind: JsonValueKind.String } plain)
        {
            text.Append(plain.GetString()).Append('\n');
            return;
        }

        foreach (var part in content is { ValueKind: JsonValueKind.Array } parts ? parts.EnumerateArray() : [])
        {
            text.Append(part.String("text")).Append('\n');
            hasImage |= part.String("type") == "image_url";
        }
    }

    private static FunctionTool? FirstTool(List<JsonElement> tools) =>
        tools.Select(tool => tool.Property("function")).OfType<JsonElement>()
            .Where(function => function.String("name") is not null)
            .Select(function => new FunctionTool(function.String("name")!, function.Property("parameters")?.Clone()))
            .FirstOrDefault();
}
