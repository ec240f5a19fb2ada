using System.Globalization;
using System.Text;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Anthropic;

/// <summary>
/// Reads a Messages API request (https://docs.anthropic.com/en/api/messages) and refuses what the API refuses: no
/// <c>max_tokens</c>, roles other than user and assistant, a temperature above 1, tools without <c>input_schema</c>.
/// </summary>
internal static class AnthropicRequestReader
{
    public static (ChatRequest? Request, string? Problem) Read(JsonElement body)
    {
        var model = body.String("model");
        var maxTokens = body.Integer("max_tokens");
        if (model is null)
        {
            return (null, "model: Field required");
        }

        if (maxTokens is null)
        {
            return (null, "max_tokens: Field required");
        }

        if (body.Property("temperature") is { ValueKind: JsonValueKind.Number } temperature && temperature.GetDouble() is < 0 or > 1)
        {
            return (null, $"temperature: range: 0..1 ({temperature.GetDouble().ToString(CultureInfo.InvariantCulture)} given)");
        }

        var text = new StringBuilder(SystemText(body));
        var (problem, hasImage, lastRole) = ReadMessages(body, text);
        if (problem is not null)
        {
            return (null, problem);
        }

        var tools = body.Items("tools").ToList();
        if (tools.FindIndex(tool => tool.Property("input_schema") is null) is var missing and >= 0)
        {
            return (null, $"tools.{missing}.input_schema: Field required");
        }

        return (new ChatRequest
        {
            Model = model,
            Stream = body.Boolean("stream") == true,
            MaxTokens = maxTokens,
            HasTools = tools.Count > 0,
            Tool = ChooseTool(tools, body.Property("tool_choice")),
            HasImageInput = hasImage,
            LastRole = lastRole,
            PromptText = text.ToString(),
        }, null);
    }

    private static string SystemText(JsonElement body) => body.Property("system") switch
    {
        { ValueKind: JsonValueKind.String } system => system.GetString() + "\n",
        { ValueKind: JsonValueKind.Array } blocks => string.Concat(blocks.EnumerateArray().Select(block => block.String("text") + "\n")),
        _ => "",
    };

    private static (string? Problem, bool HasImage, string? LastRole) ReadMessages(JsonElement body, StringBuilder text)
    {
        var messages = body.Items("messages").ToList();
        if (messages.Count == 0)
        {
            return ("messages: at least one message is required", false, null);
        }

        var hasImage = false;
        string? lastRole = null;
        foreach (var message in messages)
        {
            var role = message.String("role");
            if (role is not ("user" or "assistant"))
            {
                return ($"messages: Unexpected role \"{role}\". The Messages API accepts a top-level `system` parameter, not \"system\" as an input message role.", false, null);
            }

            lastRole = role;
            if (message.Property("content") is { ValueKind: JsonValueKind.String } content)
            {
                text.Append(content.GetString()).Append('\n');
                continue;
            }

            foreach (var block in message.Items("content"))
            {
                var type = block.String("type");
                text.Append(block.String("text")).Append(type == "tool_result" ? block.String("content") : null).Append('\n');
                hasImage |= type == "image";
                lastRole = type == "tool_result" ? "tool" : lastRole;
            }
        }

        return (null, hasImage, lastRole);
    }

    private static FunctionTool? ChooseTool(List<JsonElement> tools, JsonElement? choice)
    {
        var type = choice?.String("type");
        if (type == "none")
        {
            return null;
        }

        var wanted = type == "tool" ? choice?.String("name") : null;
        foreach (var tool in tools)
        {
            if (tool.String("name") is { } name && (wanted is null || wanted == name))
            {
                return new FunctionTool(name, tool.Property("input_schema")?.Clone());
            }
        }

        return null;
    }
}
