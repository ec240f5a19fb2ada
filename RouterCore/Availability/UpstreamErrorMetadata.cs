using System.Text.Json;
using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Wire shape of OpenRouter's <c>error.metadata</c> (upstream headers, raw upstream error, retry hint).</summary>
internal sealed record UpstreamErrorMetadata
{
    public IReadOnlyDictionary<string, JsonElement>? Headers { get; init; }

    public JsonElement? Raw { get; init; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public double? RetryAfterSeconds { get; init; }
}
