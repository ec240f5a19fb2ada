namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>How slowly a provider's model answers.</summary>
public sealed class LatencyRule
{
    /// <summary><c>openrouter</c>, a generic provider's name, or <c>*</c>.</summary>
    public string Provider { get; set; } = "*";

    /// <summary>A model id, or <c>*</c> for every model.</summary>
    public string Model { get; set; } = "*";

    public int TimeToFirstTokenMs { get; set; }

    /// <summary>Pace of the tokens after the first; 0 sends them all at once.</summary>
    public double TokensPerSecond { get; set; }
}
