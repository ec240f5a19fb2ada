using System.Text;
using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>One message of an OpenAI chat request.</summary>
internal sealed record OpenAiMessage
{
    public string Role { get; init; } = "user";

    /// <summary>The parts of the content; a string content reads as one text part.</summary>
    [JsonConverter(typeof(MessageContentConverter))]
    public IReadOnlyList<OpenAiContentPart>? Content { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<OpenAiToolCall>? ToolCalls { get; init; }

    public string? ToolCallId { get; init; }

    public bool IsSystem => Role is "system" or "developer";

    /// <summary>The text parts joined (images and other parts left out).</summary>
    public string Text
    {
        get
        {
            if (Content is not { Count: > 0 } parts)
            {
                return "";
            }

            if (parts.Count == 1)
            {
                return parts[0].Text ?? "";
            }

            var text = new StringBuilder();
            foreach (var part in parts)
            {
                text.Append(part.Text);
            }

            return text.ToString();
        }
    }
}
