namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>A delta: <c>text_delta</c> (text), <c>input_json_delta</c> (partial_json) or, in <c>message_delta</c>, the stop reason.</summary>
internal sealed record AnthropicDelta
{
    public string? Type { get; init; }

    public string? Text { get; init; }

    public string? PartialJson { get; init; }

    public string? StopReason { get; init; }
}
