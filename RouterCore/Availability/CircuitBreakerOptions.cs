namespace AspireRouter.RouterCore.Availability;

/// <summary>When a model's circuit opens and for how long (Polly's advanced circuit breaker, plus a consecutive-failure rule).</summary>
public sealed record CircuitBreakerOptions
{
    public int ConsecutiveFailures { get; init; } = 5;

    /// <summary>Opens when at least this share of the attempts in <see cref="SamplingDuration"/> failed...</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>...and at least this many attempts were made in it.</summary>
    public int MinimumThroughput { get; init; } = 10;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);
}
