using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>Reads a <c>GenerateContentResponse</c> into OpenAI's terms: text without thought summaries, function calls, usage.</summary>
internal static class GeminiResponseReader
{
    public static TranslatedCompletion? Read(ReadOnlySpan<byte> body, string model, long created)
    {
        var response = JsonSerializer.Deserialize(body, GeminiJsonContext.Default.GeminiResponse);
        if (response is null || response.Error is not null)
        {
            return null;
        }

        var candidate = response.Candidates is { Count: > 0 } candidates ? candidates[0] : null;
        var text = new StringBuilder();
        var calls = new List<TranslatedToolCall>();
        foreach (var part in candidate?.Content?.Parts ?? [])
        {
            if (part.FunctionCall is { } call)
            {
                calls.Add(new TranslatedToolCall(ResponseIds.ToolCall(call.Id), call.Name, JsonArguments.ToText(call.Args)));
            }
            else if (part.Thought != true)
            {
                text.Append(part.Text);
            }
        }

        var blocked = candidate is null && response.PromptFeedback?.BlockReason is not null;
        return new TranslatedCompletion
        {
            Id = ResponseIds.Completion(response.ResponseId),
            Model = model,
            Created = created,
            Content = calls.Count > 0 && text.Length == 0 ? null : text.ToString(),
            ToolCalls = calls,
            FinishReason = blocked ? FinishReasons.ContentFilter : GeminiFinishReason.ToOpenAi(candidate?.FinishReason, calls.Count > 0),
            Usage = UsageOf(response.UsageMetadata),
        };
    }

    public static TokenUsage? UsageOf(GeminiUsageMetadata? usage) =>
        usage is null ? null : new TokenUsage(usage.PromptTokenCount, usage.CandidatesTokenCount + usage.ThoughtsTokenCount);
}
