namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>The reply the simulated model gives, before it is put in a provider's wire shape.</summary>
/// <param name="Pieces">The content as the tokens a stream sends one by one.</param>
internal sealed record PlannedReply(IReadOnlyList<string> Pieces, string FinishReason, int PromptTokens, int CompletionTokens)
{
    public string Content { get; } = string.Concat(Pieces);

    public PlannedToolCall? ToolCall { get; init; }

    /// <summary>A <c>data:image/png;base64,...</c> URL when the model draws.</summary>
    public string? ImageDataUrl { get; init; }

    public int TotalTokens => PromptTokens + CompletionTokens;
}
