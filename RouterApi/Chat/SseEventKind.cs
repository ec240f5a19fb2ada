namespace AspireRouter.RouterApi.Chat;

/// <summary>What one server-sent event carries, as far as relaying is concerned.</summary>
internal enum SseEventKind
{
    /// <summary>Only comment lines (<c>: OPENROUTER PROCESSING</c>): keep-alives.</summary>
    Comment,

    /// <summary><c>data: [DONE]</c>.</summary>
    Done,

    /// <summary>A <c>data:</c> JSON chunk.</summary>
    Data,

    /// <summary>A <c>data:</c> JSON chunk whose top level carries an <c>error</c>.</summary>
    Error,
}
