namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>A model of a generic provider and its per-key limits (0 means unlimited).</summary>
public sealed class GenericModelOptions
{
    public string Id { get; set; } = string.Empty;

    public string OwnedBy { get; set; } = "simulator";

    public int ContextWindow { get; set; } = 131_072;

    public int RequestsPerMinute { get; set; } = 30;

    public int RequestsPerDay { get; set; } = 1000;

    public int TokensPerMinute { get; set; } = 12_000;
}
