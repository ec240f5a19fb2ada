using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>Reads a Messages API answer into OpenAI's terms: text blocks joined, <c>tool_use</c> blocks as tool calls.</summary>
internal static class AnthropicResponseReader
{
    public static TranslatedCompletion? Read(ReadOnlySpan<byte> body, string model, long created)
    {
        var message = JsonSerializer.Deserialize(body, AnthropicJsonContext.Default.AnthropicMessage);
        if (message?.Content is null)
        {
            return null;
        }

        var text = new StringBuilder();
        var calls = new List<TranslatedToolCall>();
        foreach (var block in message.Content)
        {
            if (block.Type == "text")
            {
                text.Append(block.Text);
            }
            else if (block.Type == "tool_use")
            {
                calls.Add(new TranslatedToolCall(ResponseIds.ToolCall(block.Id), block.Name ?? "", JsonArguments.ToText(block.Input)));
            }
        }

        return new TranslatedCompletion
        {
            Id = ResponseIds.Completion(message.Id),
            Model = model,
            Created = created,
            Content = calls.Count > 0 && text.Length == 0 ? null : text.ToString(),
            ToolCalls = calls,
            FinishReason = AnthropicStopReason.ToOpenAi(message.StopReason),
            Usage = message.Usage is { } usage ? new TokenUsage(usage.PromptTokens, usage.OutputTokens ?? 0) : null,
        };
    }
}
