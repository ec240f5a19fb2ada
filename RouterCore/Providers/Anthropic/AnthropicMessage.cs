namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>A Messages API answer (https://docs.anthropic.com/en/api/messages), also the skeleton in <c>message_start</c>.</summary>
internal sealed record AnthropicMessage
{
    public string? Id { get; init; }

    public IReadOnlyList<AnthropicContentBlock>? Content { get; init; }

    public string? StopReason { get; init; }

    public AnthropicUsage? Usage { get; init; }
}
