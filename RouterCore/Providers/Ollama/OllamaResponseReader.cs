using System.Text.Json;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>Reads an <c>/api/chat</c> answer (or line) into OpenAI's terms.</summary>
internal static class OllamaResponseReader
{
    public static TranslatedCompletion? Read(ReadOnlySpan<byte> body, string model, long created)
    {
        var response = JsonSerializer.Deserialize(body, OllamaJsonContext.Default.OllamaChatResponse);
        if (response is null || response.Error is not null || response.Message is not { } message)
        {
            return null;
        }

        var calls = ToolCallsOf(message);
        return new TranslatedCompletion
        {
            Id = ResponseIds.Completion(null),
            Model = model,
            Created = created,
            Content = calls.Count > 0 && string.IsNullOrEmpty(message.Content) ? null : message.Content ?? "",
            ToolCalls = calls,
            FinishReason = FinishOf(response, calls.Count > 0),
            Usage = UsageOf(response),
        };
    }

    public static List<TranslatedToolCall> ToolCallsOf(OllamaMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var calls = new List<TranslatedToolCall>();
        foreach (var call in message.ToolCalls ?? [])
        {
            calls.Add(new TranslatedToolCall(ResponseIds.ToolCall(null), call.Function?.Name ?? "", JsonArguments.ToText(call.Function?.Arguments)));
        }

        return calls;
    }

    public static string FinishOf(OllamaChatResponse response, bool calledTools) =>
        calledTools ? FinishReasons.ToolCalls : response.DoneReason == "length" ? FinishReasons.Length : FinishReasons.Stop;

    public static TokenUsage? UsageOf(OllamaChatResponse response) =>
        response.PromptEvalCount is null && response.EvalCount is null ? null : new TokenUsage(response.PromptEvalCount ?? 0, response.EvalCount ?? 0);

    /// <summary>Ollama's error, <c>{"error":"..."}</c>, with the status it came with.</summary>
    public static ProviderError? ReadError(ReadOnlySpan<byte> body, int status)
    {
        if (body.IsEmpty || body.IndexOf("\"error\""u8) < 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, OllamaJsonContext.Default.OllamaChatResponse)?.Error is { } error
                ? new ProviderError(status is >= 200 and < 300 ? 500 : status, error)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
