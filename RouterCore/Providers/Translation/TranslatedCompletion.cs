using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>A provider's whole answer read into OpenAI's terms, ready for <see cref="OpenAiCompletionWriter"/>.</summary>
internal sealed record TranslatedCompletion
{
    public required string Id { get; init; }

    public required string Model { get; init; }

    public required long Created { get; init; }

    /// <summary>The text; null when the answer is only tool calls.</summary>
    public string? Content { get; init; }

    public IReadOnlyList<TranslatedToolCall> ToolCalls { get; init; } = [];

    public string FinishReason { get; init; } = FinishReasons.Stop;

    public TokenUsage? Usage { get; init; }
}
