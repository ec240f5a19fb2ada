using AspireRouter.RouterApi.Sessions;

namespace AspireRouter.RouterApi.Messages;

/// <summary>A Messages request translated into a chat body, or the 400 message that refuses it.</summary>
/// <param name="Error">Why the request is refused (Anthropic's <c>invalid_request_error</c>), or null.</param>
/// <param name="DroppedTools">The server tools left out of what goes upstream, named as the client declared them.</param>
internal readonly record struct MessagesTranslation(string? Error, IReadOnlyList<string> DroppedTools)
{
    /// <summary>The conversation <c>metadata.user_id</c> names (Claude Code puts its session there), if given.</summary>
    public ClientConversation? Conversation { get; init; }

    public static MessagesTranslation Refused(string error) => new(error, []);
}
