namespace AspireRouter.RouterCore.Providers.Anthropic;

/// <summary>An error's <c>type</c> (<c>rate_limit_error</c>, <c>overloaded_error</c>...) and message.</summary>
internal sealed record AnthropicError
{
    public string? Type { get; init; }

    public string? Message { get; init; }
}
