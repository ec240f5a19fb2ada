namespace AspireRouter.RouterCore.Availability;

/// <summary>An error in a provider's own wire format, read by its adapter: what the router needs to classify it.</summary>
/// <param name="Status">The HTTP status it stands for (the response's, or the one its error type means inside a stream).</param>
public readonly record struct ProviderError(int Status, string Message)
{
    /// <summary>A wait the error itself gives (Gemini's <c>RetryInfo.retryDelay</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public QuotaReset Reset { get; init; }

    /// <summary>Provider-wide quotas (Cloudflare's neurons, Cohere's trial calls) cool every model of the provider.</summary>
    public CooldownScope Scope { get; init; }
}
