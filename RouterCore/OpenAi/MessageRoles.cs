using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>What each message role requires and allows, as OpenAI's API documents it.</summary>
internal static class MessageRoles
{
    public static ChatRequestError? Read(ref Utf8JsonReader reader, int index, out MessageRole role)
    {
        role = MessageRole.User;
        if (reader.TokenType != JsonTokenType.String)
        {
            return ChatRequestErrors.InvalidType($"messages[{index}].role", "a string", ref reader);
        }

        MessageRole? known = reader.ValueTextEquals("user"u8) ? MessageRole.User
            : reader.ValueTextEquals("assistant"u8) ? MessageRole.Assistant
            : reader.ValueTextEquals("system"u8) ? MessageRole.System
            : reader.ValueTextEquals("developer"u8) ? MessageRole.Developer
            : reader.ValueTextEquals("tool"u8) ? MessageRole.Tool
            : reader.ValueTextEquals("function"u8) ? MessageRole.Function
            : null;
        role = known ?? role;
        return known is null ? ChatRequestErrors.InvalidRole($"messages[{index}].role", reader.GetString()) : null;
    }

    /// <summary>The content part types the role may send in a content array; none for <c>function</c>, whose content is a string.</summary>
    public static ContentPartTypes AllowedParts(MessageRole role) => role switch
    {
        MessageRole.User => ContentPartTypes.Text | ContentPartTypes.ImageUrl | ContentPartTypes.InputAudio | ContentPartTypes.File,
        MessageRole.Assistant => ContentPartTypes.Text | ContentPartTypes.Refusal,
        MessageRole.Function => ContentPartTypes.None,
        _ => ContentPartTypes.Text,
    };

    public static string AllowedPartNames(MessageRole role) => role switch
    {
        MessageRole.User => "'text', 'image_url', 'input_audio' and 'file'",
        MessageRole.Assistant => "'text' and 'refusal'",
        _ => "'text'",
    };

    /// <summary>An assistant message may leave <c>content</c> out (it may carry tool calls instead), and so may the deprecated function message.</summary>
    public static bool ContentRequired(MessageRole role) => role is not (MessageRole.Assistant or MessageRole.Function);

    public static bool ContentNullable(MessageRole role) => role is MessageRole.Assistant or MessageRole.Function;
}
