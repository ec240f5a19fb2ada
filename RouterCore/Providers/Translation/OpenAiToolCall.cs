namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A tool call of an assistant message in the history.</summary>
internal sealed record OpenAiToolCall
{
    public string? Id { get; init; }

    public OpenAiFunctionCall Function { get; init; } = new();
}
