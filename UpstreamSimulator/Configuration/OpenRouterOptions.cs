namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>The simulated OpenRouter under <c>/openrouter/api/v1/</c>.</summary>
public sealed class OpenRouterOptions
{
    /// <summary>A catalog file in the shape of <c>GET /api/v1/models</c>; empty means the embedded 2026-05-01 fixture.</summary>
    public string? CatalogPath { get; set; }

    /// <summary>Keys that authenticate; empty accepts any bearer key.</summary>
    public List<string> ApiKeys { get; set; } = [];

    public OpenRouterQuotaOptions Quota { get; set; } = new();

    public HistoryReplayOptions History { get; set; } = new();
}
