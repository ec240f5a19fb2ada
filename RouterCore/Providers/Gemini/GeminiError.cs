namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>A <c>google.rpc.Status</c>: HTTP code, message, canonical status (<c>RESOURCE_EXHAUSTED</c>) and typed details.</summary>
internal sealed record GeminiError
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<GeminiErrorDetail>? Details { get; init; }
}
