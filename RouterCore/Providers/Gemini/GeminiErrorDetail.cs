using System.Text.Json.Serialization;

namespace AspireRouter.RouterCore.Providers.Gemini;

/// <summary>One of an error's <c>details</c>: a <c>RetryInfo</c> (<c>retryDelay</c>), a <c>QuotaFailure</c> (<c>violations</c>) or an <c>ErrorInfo</c> (<c>reason</c>).</summary>
internal sealed record GeminiErrorDetail
{
    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    /// <summary>A protobuf duration such as <c>32s</c> or <c>20.04466179s</c>.</summary>
    public string? RetryDelay { get; init; }

    public IReadOnlyList<GeminiQuotaViolation>? Violations { get; init; }

    /// <summary>An <c>ErrorInfo</c>'s reason, e.g. <c>API_KEY_INVALID</c>.</summary>
    public string? Reason { get; init; }
}
