namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>The reply the simulated model gives, before it is put in a provider's wire shape.</summary>
internal sealed class PlannedReply
{
    public PlannedReply(IReadOnlyList<string> pieces, string finishReason, int promptTokens, int completionTokens)
    {
        Pieces = pieces;
        Content = string.Concat(pieces);
        FinishReason = finishReason;
        PromptTokens = promptTokens;
        CompletionTokens = completionTokens;
    }

    /// <summary>The content as the tokens a stream sends one by one.</summary>
    public IReadOnlyList<string> Pieces { get; }

    public string Content { get; }

    public string FinishReason { get; }

    public int PromptTokens { get; }

    public int CompletionTokens { get; }

    public PlannedToolCall? ToolCall { get; init; }

    /// <summary>A <c>data:image/png;base64,...</c> URL when the model draws.</summary>
    public string? ImageDataUrl { get; init; }

    public int TotalTokens => PromptTokens + CompletionTokens;

    public PlannedReply WithPromptTokens(int promptTokens) =>
        new(Pieces, FinishReason, promptTokens, CompletionTokens) { ToolCall = ToolCall, ImageDataUrl = ImageDataUrl };
}
