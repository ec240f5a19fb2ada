using System.Text;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Native;

namespace AspireRouter.UpstreamSimulator.Gemini;

/// <summary>
/// Reads a <c>GenerateContentRequest</c> (https://ai.google.dev/api/generate-content#request-body): <c>contents</c> of
/// <c>user</c> and <c>model</c> turns, <c>systemInstruction</c>, <c>tools[].functionDeclarations</c>, <c>toolConfig</c>,
/// <c>generationConfig</c>; refuses what Google refuses (no contents, unknown roles, Gemma with instructions, tools or JSON).
/// </summary>
internal static class GeminiRequestReader
{
    public static (ChatRequest? Request, string? Problem) Read(JsonElement body, string model, bool stream)
    {
        var contents = body.Items("contents").ToList();
        if (contents.Count == 0)
        {
            return (null, "* GenerateContentRequest.contents: contents is not specified");
        }

        var text = new StringBuilder();
        foreach (var part in body.Property("systemInstruction")?.Items("parts") ?? [])
        {
            text.Append(part.String("text")).Append('\n');
        }

        var hasImage = false;
        string? lastRole = null;
        foreach (var content in contents)
        {
            var role = content.String("role") ?? "user";
            if (role is not ("user" or "model"))
            {
                return (null, $"Please use a valid role: user, model.");
            }

            lastRole = role;
            foreach (var part in content.Items("parts"))
            {
                text.Append(part.String("text")).Append('\n');
                hasImage |= part.Property("inlineData") is not null || part.Property("fileData") is not null;
                lastRole = part.Property("functionResponse") is not null ? "tool" : lastRole;
            }
        }

        var config = body.Property("generationConfig");
        var schema = config?.Property("responseJsonSchema") ?? config?.Property("responseSchema");
        var wantsJson = config?.String("responseMimeType") == "application/json";
        var tools = body.Items("tools").SelectMany(tool => tool.Items("functionDeclarations")).ToList();
        if (model.StartsWith("gemma-", StringComparison.Ordinal) && GemmaProblem(body, tools.Count > 0, wantsJson, model) is { } problem)
        {
            return (null, problem);
        }

        return (new ChatRequest
        {
            Model = model,
            Stream = stream,
            MaxTokens = config?.Integer("maxOutputTokens"),
            HasTools = tools.Count > 0,
            Tool = ChooseTool(tools, body.Property("toolConfig")?.Property("functionCallingConfig")),
            ResponseFormat = schema is not null ? ResponseFormatKind.JsonSchema : wantsJson ? ResponseFormatKind.JsonObject : ResponseFormatKind.Text,
            ResponseSchema = schema?.Clone(),
            HasImageInput = hasImage,
            LastRole = lastRole,
            PromptText = text.ToString(),
            Seed = config?.Long("seed"),
        }, null);
    }

    // Gemma on the Gemini API takes neither developer instructions nor function calling nor JSON mode.
    private static string? GemmaProblem(JsonElement body, bool hasTools, bool wantsJson, string model) =>
        body.Property("systemInstruction") is not null ? $"Developer instruction is not enabled for models/{model}"
        : hasTools ? $"Function calling is not enabled for models/{model}"
        : wantsJson ? $"JSON mode is not enabled for models/{model}"
        : null;

    private static FunctionTool? ChooseTool(List<JsonElement> declarations, JsonElement? config)
    {
        if (config?.String("mode") == "NONE")
        {
            return null;
        }

        var allowed = config?.Items("allowedFunctionNames").Select(name => name.GetString()).FirstOrDefault();
        foreach (var declaration in declarations)
        {
            if (declaration.String("name") is { } name && (allowed is null || allowed == name))
            {
                return new FunctionTool(name, (declaration.Property("parametersJsonSchema") ?? declaration.Property("parameters"))?.Clone());
            }
        }

        return null;
    }
}
