using System.Text.Json;
using AspireRouter.RouterCore.Providers.Translation;
using static AspireRouter.RouterCore.Providers.Translation.OptionalJsonFields;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>
/// Writes a <c>generateContent</c> body (https://ai.google.dev/api/generate-content): <c>contents</c> of <c>user</c> and
/// <c>model</c> turns, <c>systemInstruction</c>, <c>tools</c> with <c>functionDeclarations</c>, <c>toolConfig</c>, <c>generationConfig</c>.
/// </summary>
internal static class GeminiRequestWriter
{
    private static readonly RoleTurnFormat Contents = new(JsonEncodedText.Encode("contents"), "model", JsonEncodedText.Encode("parts"));

    public static void Write(Utf8JsonWriter json, OpenAiChatBody body, string model)
    {
        // Gemma models on the Gemini API refuse systemInstruction ("Developer instruction is not enabled"): the system text leads the first turn.
        var system = SystemText.Join(body.Messages);
        var systemInFirstTurn = model.StartsWith("gemma-", StringComparison.Ordinal) ? system : null;
        json.WriteStartObject();
        WriteContents(json, body.Messages, systemInFirstTurn);
        if (system is not null && systemInFirstTurn is null)
        {
            json.WriteStartObject("systemInstruction"u8);
            json.WriteStartArray("parts"u8);
            WriteText(json, system);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        if (body.HasTools)
        {
            WriteTools(json, body);
        }

        WriteGenerationConfig(json, body);
        json.WriteEndObject();
    }

    // Consecutive messages of one role become one turn: tool results (user) follow the model's calls, as Gemini expects.
    // A leading text goes first in the first user turn.
    private static void WriteContents(Utf8JsonWriter json, IReadOnlyList<OpenAiMessage> messages, string? leadingText)
    {
        var leadingTextBefore = leadingText is null ? null : RoleTurnWriter.FirstUserMessage(messages);
        RoleTurnWriter.Write(json, Contents, messages, (new ToolCallNames(messages), leadingTextBefore, leadingText), WriteParts);
    }

    private static void WriteParts(
        Utf8JsonWriter json, OpenAiMessage message, (ToolCallNames Names, OpenAiMessage? LeadingTextBefore, string? LeadingText) context)
    {
        if (ReferenceEquals(message, context.LeadingTextBefore))
        {
            WriteText(json, context.LeadingText!);
        }

        if (message.Role is "tool" or "function")
        {
            json.WriteStartObject();
            json.WriteStartObject("functionResponse"u8);
            json.WriteString("name"u8, context.Names.For(message));
            json.WritePropertyName("response"u8);
            JsonArguments.WriteResult(json, message.Text);
            json.WriteEndObject();
            json.WriteEndObject();
            return;
        }

        ContentPartWriter.Write(json, message, WriteText, WriteImage);
        foreach (var call in message.ToolCalls ?? [])
        {
            FunctionCallWriter.WriteWrapped(json, "functionCall"u8, call.Function, "args"u8);
        }
    }

    private static void WriteText(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject();
        json.WriteString("text"u8, text);
        json.WriteEndObject();
    }

    private static void WriteImage(Utf8JsonWriter json, string url)
    {
        json.WriteStartObject();
        if (DataUrl.TryParse(url, out var mediaType, out var data))
        {
            json.WriteStartObject("inlineData"u8);
            json.WriteString("mimeType"u8, mediaType);
            json.WriteString("data"u8, data);
        }
        else
        {
            json.WriteStartObject("fileData"u8);
            json.WriteString("fileUri"u8, url);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteTools(Utf8JsonWriter json, OpenAiChatBody body)
    {
        json.WriteStartArray("tools"u8);
        json.WriteStartObject();
        FunctionToolWriter.WriteDeclarations(json, "functionDeclarations"u8, body.Tools!, "parametersJsonSchema"u8, schemaRequired: false);
        json.WriteEndObject();
        json.WriteEndArray();

        var choice = ToolChoice.From(body.ToolChoice);
        if (choice.Mode == ToolChoiceMode.Auto)
        {
            return;
        }

        json.WriteStartObject("toolConfig"u8);
        json.WriteStartObject("functionCallingConfig"u8);
        json.WriteString("mode"u8, choice.Mode == ToolChoiceMode.None ? "NONE"u8 : "ANY"u8);
        if (choice.FunctionName is { } name)
        {
            json.WriteStartArray("allowedFunctionNames"u8);
            json.WriteStringValue(name);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteGenerationConfig(Utf8JsonWriter json, OpenAiChatBody body)
    {
        json.WriteStartObject("generationConfig"u8);
        WriteIfSet(json, "temperature"u8, body.Temperature);
        WriteIfSet(json, "topP"u8, body.TopP);
        WriteIfSet(json, "topK"u8, body.TopK);
        WriteIfSet(json, "maxOutputTokens"u8, body.OutputTokenLimit);
        WriteIfSet(json, "seed"u8, body.Seed);
        WriteIfSet(json, "presencePenalty"u8, body.PresencePenalty);
        WriteIfSet(json, "frequencyPenalty"u8, body.FrequencyPenalty);
        WriteIfAny(json, "stopSequences"u8, body.StopSequences);
        if (body.WantsJson)
        {
            json.WriteString("responseMimeType"u8, "application/json"u8);
        }

        if (body.ResponseSchema is { } schema)
        {
            json.WritePropertyName("responseJsonSchema"u8);
            schema.WriteTo(json);
        }

        json.WriteEndObject();
    }
}
