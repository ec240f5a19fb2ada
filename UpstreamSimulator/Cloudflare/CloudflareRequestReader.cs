using System.Text;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Cloudflare;

/// <summary>
/// Reads a text generation input (https://developers.cloudflare.com/workers-ai/models/llama-3.3-70b-instruct-fp8-fast/):
/// <c>messages</c> whose content must be a string, traditional <c>tools</c>, <c>response_format</c> for JSON mode,
/// <c>max_tokens</c> (256 when absent).
/// </summary>
internal static class CloudflareRequestReader
{
    private const int DefaultMaxTokens = 256;

    public static (ChatRequest? Request, string? Problem) Read(JsonElement body, string model)
    {
        var messages = body.Items("messages").ToList();
        if (messages.Count == 0 && body.String("prompt") is null)
        {
            return (null, "Error: oneOf at '/' not met, 0 matches required: 'prompt' or 'messages'");
        }

        var text = new StringBuilder(body.String("prompt"));
        string? lastRole = null;
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].Property("content") is { ValueKind: not JsonValueKind.String })
            {
                return (null, $"Type mismatch of '/messages/{i}/content', 'string' not in 'array'");
            }

            lastRole = messages[i].String("role");
            text.Append(messages[i].String("content")).Append('\n');
        }

        var format = body.Property("response_format");
        var tools = body.Items("tools").ToList();
        return (new ChatRequest
        {
            Model = model,
            Stream = body.Boolean("stream") == true,
            MaxTokens = body.Integer("max_tokens") ?? DefaultMaxTokens,
            HasTools = tools.Count > 0,
            Tool = FirstTool(tools),
            ResponseFormat = format?.String("type") switch
            {
                "json_schema" => ResponseFormatKind.JsonSchema,
                "json_object" => ResponseFormatKind.JsonObject,
                _ => ResponseFormatKind.Text,
            },
            ResponseSchema = format?.Property("json_schema")?.Clone(),
            LastRole = lastRole,
            PromptText = text.ToString(),
            Seed = body.Long("seed"),
        }, null);
    }

    // Traditional tools are {name, description, parameters}; newer models also take OpenAI's {type, function}.
    private static FunctionTool? FirstTool(List<JsonElement> tools)
    {
        foreach (var tool in tools)
        {
            var function = tool.Property("function") ?? tool;
            if (function.String("name") is { } name)
            {
                return new FunctionTool(name, function.Property("parameters")?.Clone());
            }
        }

        return null;
    }
}
