using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>Reads a Workers AI <c>result</c> into OpenAI's terms; Workers AI gives no finish reason, so it is <c>stop</c> or <c>tool_calls</c>.</summary>
internal static class CloudflareResponseReader
{
    public static TranslatedCompletion? Read(ReadOnlySpan<byte> body, string model, long created)
    {
        var envelope = JsonSerializer.Deserialize(body, CloudflareJsonContext.Default.CloudflareEnvelope);
        if (envelope is not { Success: true, Result: { } result })
        {
            return null;
        }

        var calls = ToolCallsOf(result);
        return new TranslatedCompletion
        {
            Id = ResponseIds.Completion(null),
            Model = model,
            Created = created,
            Content = calls.Count > 0 && string.IsNullOrEmpty(result.Text) ? null : result.Text ?? "",
            ToolCalls = calls,
            FinishReason = calls.Count > 0 ? FinishReasons.ToolCalls : FinishReasons.Stop,
            Usage = UsageOf(result.Usage),
        };
    }

    public static List<TranslatedToolCall> ToolCallsOf(CloudflareResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var calls = new List<TranslatedToolCall>();
        foreach (var call in result.ToolCalls ?? [])
        {
            calls.Add(new TranslatedToolCall(ResponseIds.ToolCall(null), call.Name, JsonArguments.ToText(call.Arguments)));
        }

        return calls;
    }

    public static TokenUsage? UsageOf(CloudflareUsage? usage) => usage is null ? null : new TokenUsage(usage.PromptTokens, usage.CompletionTokens);
}
