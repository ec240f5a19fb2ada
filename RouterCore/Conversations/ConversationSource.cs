namespace AspireRouter.RouterCore.Conversations;

/// <summary>What identified a request's conversation, weakest first: a stronger source replaces a weaker one.</summary>
public enum ConversationSource
{
    None = 0,

    /// <summary>A hash of the conversation's opening: its system prompt and first user message.</summary>
    Opening,

    /// <summary>OpenAI's <c>user</c>.</summary>
    User,

    /// <summary>Anthropic's <c>metadata.user_id</c> (Claude Code puts its session there).</summary>
    MetadataUserId,

    /// <summary>OpenAI's <c>prompt_cache_key</c> (Responses API clients send it).</summary>
    PromptCacheKey,

    /// <summary>An <c>x-session-id</c> or <c>session-id</c> header (Codex sends the latter).</summary>
    Header,
}
