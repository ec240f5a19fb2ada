namespace AspireRouter.RouterCore.Availability;

/// <summary>The <c>Availability</c> configuration section: health averaging, default cooldowns, circuit rules.</summary>
public sealed record AvailabilityOptions
{
    public const string SectionName = "Availability";

    /// <summary>Weight of the newest outcome in the success-rate and latency averages.</summary>
    public double EwmaAlpha { get; init; } = 0.2;

    /// <summary>Time to first token at or under which latency does not lower a model's health.</summary>
    public TimeSpan ReferenceLatency { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Output tokens per second that weigh 1 under the <c>throughput</c> sort (as does an unmeasured model).</summary>
    public double ReferenceThroughput { get; init; } = 50;

    /// <summary>The lowest health score, so a recovering model still gets a little traffic.</summary>
    public double MinHealthScore { get; init; } = 0.05;

    /// <summary>A success rate under this shows the model as degraded.</summary>
    public double DegradedBelow { get; init; } = 0.8;

    /// <summary>The first cooldown when the upstream does not say how long; doubles on each repeat.</summary>
    public TimeSpan DefaultCooldown { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxDefaultCooldown { get; init; } = TimeSpan.FromMinutes(10);

    public CircuitBreakerOptions Circuit { get; init; } = new();

    /// <summary>When a model's first token is overdue, so it is suspect and the request hedges to another model.</summary>
    public FirstTokenOptions FirstToken { get; init; } = new();

    /// <summary>When a provider whose free tier died is marked gone, and how rarely it is tried again.</summary>
    public GoneOptions Gone { get; init; } = new();

    /// <summary>The default backoff for the <paramref name="streak"/>-th cooldown in a row (1-based).</summary>
    public TimeSpan DefaultCooldownFor(int streak)
    {
        var factor = Math.Pow(2, Math.Clamp(streak - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(DefaultCooldown.Ticks * factor, MaxDefaultCooldown.Ticks));
    }
}
