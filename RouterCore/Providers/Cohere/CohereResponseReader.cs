using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.Providers.Translation;

namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>Reads a v2 chat answer into OpenAI's terms; an answer that finished with <c>ERROR</c> is none.</summary>
internal static class CohereResponseReader
{
    public static TranslatedCompletion? Read(ReadOnlySpan<byte> body, string model, long created)
    {
        var response = JsonSerializer.Deserialize(body, CohereJsonContext.Default.CohereResponse);
        if (response?.Message is not { } message || CohereFinishReason.IsFailure(response.FinishReason))
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var content in message.Content ?? [])
        {
            if (content.Type is null or "text")
            {
                text.Append(content.Text);
            }
        }

        var calls = new List<TranslatedToolCall>();
        foreach (var call in message.ToolCalls ?? [])
        {
            calls.Add(new TranslatedToolCall(ResponseIds.ToolCall(call.Id), call.Function?.Name ?? "", call.Function?.Arguments ?? "{}"));
        }

        return new TranslatedCompletion
        {
            Id = ResponseIds.Completion(response.Id),
            Model = model,
            Created = created,
            Content = calls.Count > 0 && text.Length == 0 ? null : text.ToString(),
            ToolCalls = calls,
            FinishReason = calls.Count > 0 ? FinishReasons.ToolCalls : CohereFinishReason.ToOpenAi(response.FinishReason),
            Usage = CohereFinishReason.UsageOf(response.Usage),
        };
    }
}
