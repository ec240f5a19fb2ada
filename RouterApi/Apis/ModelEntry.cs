using System.Text.Json.Serialization;

namespace AspireRouter.RouterApi.Apis;

/// <summary>One entry of <c>GET /v1/models</c>: OpenAI's <c>Model</c> plus what a router client needs to choose.</summary>
internal sealed record ModelEntry
{
    public required string Id { get; init; }

    public string Object { get; init; } = "model";

    public long Created { get; init; }

    [JsonPropertyName("owned_by")]
    public required string OwnedBy { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    [JsonPropertyName("context_length")]
    public int? ContextLength { get; init; }

    public IReadOnlyList<string> Capabilities { get; init; } = [];

    [JsonPropertyName("input_modalities")]
    public IReadOnlyList<string> InputModalities { get; init; } = [];

    [JsonPropertyName("output_modalities")]
    public IReadOnlyList<string> OutputModalities { get; init; } = [];

    /// <summary>True for the router's own names (<c>free</c>, <c>free:tools</c>...), which pick a model per request.</summary>
    public bool Virtual { get; init; }

    public string? State { get; init; }
}
