namespace AspireRouter.RouterCore.Providers.Ollama;

/// <summary>
/// An <c>/api/chat</c> answer (https://github.com/ollama/ollama/blob/main/docs/api.md), also each NDJSON line of a stream:
/// the last has <c>done: true</c>, <c>done_reason</c> and the token counts; an <c>error</c> line ends a failed stream.
/// </summary>
internal sealed record OllamaChatResponse
{
    public OllamaMessage? Message { get; init; }

    public bool Done { get; init; }

    public string? DoneReason { get; init; }

    public int? PromptEvalCount { get; init; }

    public int? EvalCount { get; init; }

    public string? Error { get; init; }
}
