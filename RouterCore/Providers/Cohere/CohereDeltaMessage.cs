namespace AspireRouter.RouterCore.Providers.Cohere;

/// <summary>A piece of the message: one content item's text or one tool call (objects here, arrays in a whole answer).</summary>
internal sealed record CohereDeltaMessage
{
    public CohereContent? Content { get; init; }

    public CohereToolCall? ToolCalls { get; init; }
}
