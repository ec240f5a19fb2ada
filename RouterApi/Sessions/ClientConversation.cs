using AspireRouter.RouterCore.Conversations;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>A conversation id a front end read from its own request, which the chat body it translated to does not carry.</summary>
internal readonly record struct ClientConversation(ConversationSource Source, string Id)
{
    /// <summary>The first non-empty id, in the order given (strongest first), or null.</summary>
    public static ClientConversation? FirstOf(ConversationSource source, string? id, ConversationSource fallbackSource, string? fallbackId) =>
        !string.IsNullOrEmpty(id) ? new(source, id)
        : !string.IsNullOrEmpty(fallbackId) ? new(fallbackSource, fallbackId)
        : null;

    public void ApplyTo(ChatRequest request) => request.IdentifyConversation(Source, ConversationIds.Of(Source, Id));
}
