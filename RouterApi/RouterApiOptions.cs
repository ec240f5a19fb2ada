using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi;

/// <summary>The OpenAI surface's own settings (section <c>Router</c>).</summary>
public sealed class RouterApiOptions
{
    public const string SectionName = "Router";

    /// <summary>Client API keys by name (<c>Router:ClientKeys:{name}</c> = key); only their hashes are kept in memory.</summary>
    public Dictionary<string, string> ClientKeys { get; init; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Limits of configured client keys by key name (<c>Router:ClientKeyLimits:{name}:RequestsPerMinute</c>, <c>RequestsPerDay</c>,
    /// <c>DailyShare</c>); a key not named here has none. Keys created in the portal get their limits there.
    /// </summary>
    public Dictionary<string, ClientKeyLimits> ClientKeyLimits { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Largest request body accepted; larger ones get 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Largest upstream response body relayed for a non-streaming request.</summary>
    public long MaxResponseBodyBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>Largest single event of an upstream stream; a longer one ends the stream (or fails the attempt before its first token).</summary>
    public int MaxStreamEventBytes { get; init; } = 1024 * 1024;

    /// <summary>How long a stream may go without a byte from upstream after its first token (keep-alive comments count) before it is ended.</summary>
    public TimeSpan StreamIdleTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long one attempt may take to its first byte (a stream's first chunk; an answer's response headers when not streaming)
    /// before the next candidate is tried.
    /// </summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long routing decisions gather before they are written to the request log (<c>ar:requests</c>) and the key usage
    /// together: one Redis write for every request of that time, instead of one for each when traffic is light. Zero writes
    /// each as it comes (or whatever queued during the previous write).
    /// </summary>
    public TimeSpan RequestLogFlushInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long the body of an answer not streamed may take once its headers came; past it the answer is slow (504, no other model
    /// is tried, the model's circuit is not touched).
    /// </summary>
    public TimeSpan BodyTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
