using AspireRouter.RouterCore.Conversations;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>The headers of sticky sessions: the client's session id in, and <c>x-router-session</c> out.</summary>
internal static class SessionHeaders
{
    public const string SessionId = "x-session-id";

    /// <summary>Codex CLI's spelling.</summary>
    public const string CodexSessionId = "session-id";

    /// <summary>How the answering model relates to the conversation: <c>new</c>, <c>sticky</c> or <c>moved</c>.</summary>
    public const string Session = "x-router-session";

    /// <summary>Identifies the request's conversation by its session header, when it has one.</summary>
    public static void Identify(IHeaderDictionary headers, ChatRequest request)
    {
        var id = headers[SessionId] is [{ Length: > 0 } session] ? session
            : headers[CodexSessionId] is [{ Length: > 0 } codex] ? codex
            : null;
        if (id is not null)
        {
            request.IdentifyConversation(ConversationSource.Header, ConversationIds.Of(ConversationSource.Header, id));
        }
    }

    /// <summary>Says whether <paramref name="modelId"/> is the conversation's model (<c>sticky</c>), its first (<c>new</c>) or a new one after it (<c>moved</c>).</summary>
    public static void Write(HttpResponse response, ChatRequest request, string modelId)
    {
        if (ConversationAffinity.Applies(request))
        {
            response.Headers[Session] = request.StickyModel is null ? "new"
                : string.Equals(request.StickyModel, modelId, StringComparison.Ordinal) ? "sticky"
                : "moved";
        }
    }
}
