using System.Text.Json;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>
/// Writes a conversation as the turns of a format that carries the system text apart (Gemini's <c>contents</c>, Anthropic's
/// <c>messages</c>): <c>{"role": ..., CONTENT: [...]}</c> per run of one role, tool results counting as user messages.
/// </summary>
internal static class RoleTurnWriter
{
    private const string UserRole = "user";

    /// <summary>The turns, each message's content written into its turn by <paramref name="writeContent"/>.</summary>
    public static void Write(
        Utf8JsonWriter json, RoleTurnFormat format, IReadOnlyList<OpenAiMessage> messages, Action<Utf8JsonWriter, OpenAiMessage> writeContent) =>
        Write(json, format, messages, writeContent, static (json, message, write) => write(json, message));

    /// <summary>The turns, each message's content written into its turn by <paramref name="writeContent"/> with <paramref name="state"/>.</summary>
    public static void Write<TState>(
        Utf8JsonWriter json,
        RoleTurnFormat format,
        IReadOnlyList<OpenAiMessage> messages,
        TState state,
        Action<Utf8JsonWriter, OpenAiMessage, TState> writeContent)
    {
        string? open = null;
        json.WriteStartArray(format.Turns);
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (message.IsSystem)
            {
                continue;
            }

            var role = IsAssistant(message) ? format.AssistantRole : UserRole;
            if (role != open)
            {
                if (open is not null)
                {
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteStartObject();
                json.WriteString("role"u8, role);
                json.WriteStartArray(format.Content);
                open = role;
            }

            writeContent(json, message, state);
        }

        if (open is not null)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The message the first user turn opens with, or null when there is no user turn.</summary>
    public static OpenAiMessage? FirstUserMessage(IReadOnlyList<OpenAiMessage> messages)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            if (!messages[i].IsSystem && !IsAssistant(messages[i]))
            {
                return messages[i];
            }
        }

        return null;
    }

    private static bool IsAssistant(OpenAiMessage message) => message.Role == "assistant";
}
