using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AspireRouter.RouterCore.Conversations;

namespace AspireRouter.RouterCore.OpenAi;

/// <summary>Reads a chat request body with <see cref="Utf8JsonReader"/> (no DOM): one pass checks it is well-formed UTF-8 JSON, a second checks every parameter as OpenAI's API documents it and notes what the router relies on.</summary>
public static class ChatRequestReader
{
    public static bool TryRead(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out ChatRequest? request, out ChatRequestError error) =>
        TryRead(new ReadOnlySequence<byte>(body), out request, out error);

    public static bool TryRead(ReadOnlySequence<byte> body, [NotNullWhen(true)] out ChatRequest? request, out ChatRequestError error)
    {
        var reader = new Utf8JsonReader(body);
        var parsed = new ChatRequest();
        var failure = JsonBodyScanner.Check(body);
        try
        {
            failure ??= ReadBody(ref reader, parsed);
        }
        catch (JsonException)
        {
            failure = ChatRequestErrors.InvalidJson();
        }

        if (failure is null && parsed.ConversationSource == ConversationSource.None)
        {
            var opening = body.Slice(parsed.OpeningStart, parsed.OpeningEnd - parsed.OpeningStart);
            parsed.IdentifyConversation(ConversationSource.Opening, ConversationIds.Of(ConversationSource.Opening, opening));
        }

        request = failure is null ? parsed : null;
        error = failure ?? default;
        return failure is null;
    }

    private static ChatRequestError? ReadBody(ref Utf8JsonReader reader, ChatRequest request)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return ChatRequestErrors.BodyNotObject(ref reader);
        }

        var hasMessages = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMessages = reader.ValueTextEquals("messages"u8);
            var error = isMessages
                ? ReadMessages(ref reader, request)
                : ChatRequestFieldReader.Read(ref reader, request);
            if (error is not null)
            {
                return error;
            }

            hasMessages |= isMessages;
        }

        // Anything after the object is not JSON this API accepts; Read throws on it.
        reader.Read();
        return !hasMessages ? ChatRequestErrors.Missing("messages")
            : request.HasStreamOptions && !request.Stream ? ChatValueErrors.StreamOptionsWithoutStream()
            : ToolChoiceReader.CheckDeclared(request);
    }

    private static ChatRequestError? ReadMessages(ref Utf8JsonReader reader, ChatRequest request)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Null
            ? ChatRequestErrors.Missing("messages")
            : ChatMessagesReader.Read(ref reader, request);
    }
}
