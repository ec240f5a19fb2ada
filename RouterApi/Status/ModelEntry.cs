using System.Text.Json.Serialization;

namespace AspireRouter.RouterApi.Status;

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

    /// <summary>An embedding model's vector length (<c>/v1/embeddings</c>); absent for other models.</summary>
    public int? Dimensions { get; init; }

    /// <summary>The smallest <c>dimensions</c> an embedding model can be asked for (up to <see cref="Dimensions"/>); absent when its size is fixed.</summary>
    public int? MinDimensions { get; init; }

    /// <summary>True for the router's own names (<c>free</c>, <c>free:tools</c>...), which pick a model per request.</summary>
    public bool Virtual { get; init; }

    public string? State { get; init; }

    /// <summary>Total parameters in billions, when known (see <see cref="ParametersSource"/>).</summary>
    public double? ParametersBillions { get; init; }

    /// <summary>Parameters active per token in billions, known only for some mixtures of experts.</summary>
    public double? ActiveParametersBillions { get; init; }

    /// <summary>Where the size was read: <c>configuration</c>, <c>known</c>, <c>hugging_face_id</c>, <c>model_id</c> or <c>name</c>.</summary>
    public string? ParametersSource { get; init; }

    /// <summary>Upstream requests in flight to this model, summed over the live router replicas.</summary>
    public int? InFlight { get; init; }

    /// <summary>Upstream requests started per second over the last 10 s, summed over the live replicas.</summary>
    public double? RequestsPerSecond { get; init; }

    /// <summary>Median time to first token over this replica's recent successes.</summary>
    public double? TtftP50Ms { get; init; }

    /// <summary>Streamed output tokens per second (moving average), as this replica measured them.</summary>
    public double? TokensPerSecond { get; init; }

    /// <summary>Seconds until the model can be tried again (its cooldown, its provider's, or a spent quota's reset); 0 when now.</summary>
    public double? EstimatedWaitSeconds { get; init; }

    public DateTimeOffset? AvailableAt { get; init; }
}
