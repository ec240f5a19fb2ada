namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>
/// One streaming event, told apart by <see cref="Type"/>: <c>message_start</c>, <c>content_block_start</c>,
/// <c>content_block_delta</c>, <c>content_block_stop</c>, <c>message_delta</c>, <c>message_stop</c>, <c>ping</c>, <c>error</c>.
/// </summary>
internal sealed record AnthropicStreamEvent
{
    public string Type { get; init; } = "";

    public AnthropicMessage? Message { get; init; }

    public int Index { get; init; }

    public AnthropicContentBlock? ContentBlock { get; init; }

    public AnthropicDelta? Delta { get; init; }

    public AnthropicUsage? Usage { get; init; }

    public AnthropicError? Error { get; init; }
}
