namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// The function name behind each tool call id in a conversation, for wire formats whose tool results name the function
/// (Gemini's <c>functionResponse</c>, Ollama's <c>tool_name</c>) where OpenAI's name only the call.
/// </summary>
internal sealed class ToolCallNames
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public ToolCallNames(IReadOnlyList<OpenAiMessage> messages)
    {
        foreach (var message in messages)
        {
            foreach (var call in message.ToolCalls ?? [])
            {
                if (call.Id is { Length: > 0 } id)
                {
                    _names[id] = call.Function.Name;
                }
            }
        }
    }

    /// <summary>The function the tool message answers: by its call id, else the message's own <c>name</c>.</summary>
    public string For(OpenAiMessage toolMessage)
    {
        ArgumentNullException.ThrowIfNull(toolMessage);
        return toolMessage.ToolCallId is { } id && _names.TryGetValue(id, out var name) ? name : toolMessage.Name ?? "";
    }
}
