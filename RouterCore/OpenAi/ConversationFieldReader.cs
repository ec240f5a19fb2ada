using System.Text.Json;
using AspireRouter.RouterCore.Conversations;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads a string field that identifies the conversation (<c>prompt_cache_key</c>, <c>user</c>), hashing its bytes in place.</summary>
internal static class ConversationFieldReader
{
    /// <param name="reader">Positioned on the field's value.</param>
    public static ChatRequestError? Read(ref Utf8JsonReader reader, ChatRequest request, string param, ConversationSource source)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return ChatRequestErrors.InvalidType(param, "a string", ref reader);
        }

        if (reader.HasValueSequence || reader.ValueSpan.Length > 0)
        {
            request.IdentifyConversation(source, ConversationIds.Of(source, ref reader));
        }

        return null;
    }
}
