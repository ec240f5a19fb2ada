namespace AspireRouter.HealthProbe.Probing;

/// <summary>How HealthProbe checks the models real traffic has left alone (section <c>Probe</c>).</summary>
public sealed class ProbeOptions
{
    public const string SectionName = "Probe";

    /// <summary>How often the pool is scanned for models to probe.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A model whose health no request or probe updated for this long gets a probe.</summary>
    public TimeSpan IdleWindow { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Share of a provider's known daily quota probes may use (well under 5% by default).</summary>
    public double DailyQuotaShare { get; init; } = 0.04;

    /// <summary>Probes a day for a provider without a known daily quota.</summary>
    public int DefaultDailyBudget { get; init; } = 100;

    /// <summary>How long one probe may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest answer read from a probe (one token, or an error); a larger one makes the probe fail.</summary>
    public int MaxBodyBytes { get; init; } = 64 * 1024;
}
