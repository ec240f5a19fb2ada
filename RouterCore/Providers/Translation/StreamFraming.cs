namespace AspireRouter.RouterCore.Providers.Translation;

/// <summary>How a provider's stream is cut into events.</summary>
internal enum StreamFraming
{
    /// <summary>Server-sent events: <c>event:</c> and <c>data:</c> lines, ended by a blank line.</summary>
    ServerSentEvents,

    /// <summary>One JSON object per line (Ollama's NDJSON).</summary>
    JsonLines,
}
