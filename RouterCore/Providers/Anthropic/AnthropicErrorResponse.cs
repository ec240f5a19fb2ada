namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>An error body: <c>{"type":"error","error":{"type":...,"message":...}}</c>.</summary>
internal sealed record AnthropicErrorResponse
{
    public string? Type { get; init; }

    public AnthropicError? Error { get; init; }
}
