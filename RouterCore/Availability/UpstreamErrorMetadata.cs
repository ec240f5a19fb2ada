using System.Text.Json;
using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Wire shape of OpenRouter's <c>error.metadata</c> (upstream headers, raw upstream error, retry hint, moderation verdict).</summary>
internal sealed record UpstreamErrorMetadata
{
    public IReadOnlyDictionary<string, JsonElement>? Headers { get; init; }

    public JsonElement? Raw { get; init; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? RetryAfterSeconds { get; init; }

    /// <summary>Why moderation flagged the input (OpenRouter's 403 for a refused request).</summary>
    public JsonElement? Reasons { get; init; }

    /// <summary>The flagged part of the input (OpenRouter's 403 for a refused request).</summary>
    public JsonElement? FlaggedInput { get; init; }

    /// <summary>A moderation refusal of this request's input, not of the key.</summary>
    public bool IsModeration => Reasons is not null || FlaggedInput is not null;
}
