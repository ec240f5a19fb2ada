using System.Text.Json;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Which message field a property is, and the fields each role requires.</summary>
internal static class MessageFieldRules
{
    public static MessageFields Of(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("role"u8) ? MessageFields.Role
        : reader.ValueTextEquals("content"u8) ? MessageFields.Content
        : reader.ValueTextEquals("tool_call_id"u8) ? MessageFields.ToolCallId
        : reader.ValueTextEquals("name"u8) ? MessageFields.Name
        : reader.ValueTextEquals("tool_calls"u8) ? MessageFields.ToolCalls
        : MessageFields.Other;

    public static string Name(MessageFields field) => field switch
    {
        MessageFields.ToolCallId => "tool_call_id",
        MessageFields.ToolCalls => "tool_calls",
        MessageFields.Content => "content",
        _ => "name",
    };

    /// <summary>Content for every role but assistant and function; <c>tool_call_id</c> for a tool message; <c>name</c> for a function message.</summary>
    public static ChatRequestError? CheckRequired(MessageFields given, MessageRole role, int index)
    {
        var required = (MessageRoles.ContentRequired(role) ? MessageFields.Content : MessageFields.None)
            | (role == MessageRole.Tool ? MessageFields.ToolCallId : MessageFields.None)
            | (role == MessageRole.Function ? MessageFields.Name : MessageFields.None);
        var missing = required & ~given;
        return missing == MessageFields.None
            ? null
            : ChatRequestErrors.Missing($"messages[{index}].{Name(LowestFlag(missing))}");
    }

    private static MessageFields LowestFlag(MessageFields fields) => (MessageFields)((int)fields & -(int)fields);
}
