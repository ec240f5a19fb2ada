using System.Text;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Ollama;

/// <summary>
/// Reads an <c>/api/chat</c> request (https://github.com/ollama/ollama/blob/main/docs/api.md#generate-a-chat-completion):
/// messages with base64 <c>images</c>, <c>tools</c>, <c>format</c> (<c>"json"</c> or a schema), <c>options.num_predict</c>,
/// and <c>stream</c>, which is true unless set false.
/// </summary>
internal static class OllamaRequestReader
{
    public static (ChatRequest? Request, string? Problem) Read(JsonElement body)
    {
        var model = body.String("model");
        if (model is null)
        {
            return (null, "model is required");
        }

        var text = new StringBuilder();
        var hasImage = false;
        string? lastRole = null;
        foreach (var message in body.Items("messages"))
        {
            lastRole = message.String("role");
            text.Append(message.String("content")).Append('\n');
            foreach (var image in message.Items("images"))
            {
                if (image.GetString() is not { } data || !IsBase64(data))
                {
                    return (null, "illegal base64 data at input byte 4");
                }

                hasImage = true;
            }
        }

        var format = body.Property("format");
        var tools = body.Items("tools").ToList();
        return (new ChatRequest
        {
            Model = model,
            Stream = body.Boolean("stream") != false,
            MaxTokens = body.Property("options")?.Integer("num_predict"),
            HasTools = tools.Count > 0,
            Tool = tools.Select(tool => tool.Property("function")).OfType<JsonElement>()
                .Where(function => function.String("name") is not null)
                .Select(function => new FunctionTool(function.String("name")!, function.Property("parameters")?.Clone()))
                .FirstOrDefault(),
            ResponseFormat = format switch
            {
                { ValueKind: JsonValueKind.Object } => ResponseFormatKind.JsonSchema,
                { ValueKind: JsonValueKind.String } => ResponseFormatKind.JsonObject,
                _ => ResponseFormatKind.Text,
            },
            ResponseSchema = format is { ValueKind: JsonValueKind.Object } schema ? schema.Clone() : null,
            HasImageInput = hasImage,
            LastRole = lastRole,
            PromptText = text.ToString(),
            Seed = body.Property("options")?.Long("seed"),
        }, null);
    }

    // Ollama takes bare base64: a data: URL prefix is refused.
    private static bool IsBase64(string data) => System.Buffers.Text.Base64.IsValid(data);
}
