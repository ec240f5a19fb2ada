namespace AspireRouter.RouterCore.Availability;

/// <summary>One model's passive health: success and latency averages, its cooldown, its circuit; reads are lock-free.</summary>
internal sealed class ModelHealth(Cooldown providerCooldown, AvailabilityOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _successRate = 1;
    private double _latencyMs = double.NaN;
    private long _outcomes;
    private string? _lastError;
    private int _changed;

    public Cooldown Cooldown { get; } = new();

    /// <summary>Shared by every model of the provider (account quota, payment, credentials).</summary>
    public Cooldown ProviderCooldown => providerCooldown;

    public CircuitBreaker Circuit { get; } = new(options.Circuit, time);

    public bool IsAvailable(DateTimeOffset now) => CoolingUntil(now) is null && Circuit.AllowsRequest(now);

    /// <summary>The later of the model's and the provider's cooldowns, if either is still running.</summary>
    public DateTimeOffset? CoolingUntil(DateTimeOffset now) =>
        CooldownParser.Later(Cooldown.Until(now), providerCooldown.Until(now));

    /// <summary>0..1: success rate, lowered when time to first token exceeds the reference latency.</summary>
    public double HealthScore()
    {
        var latency = Volatile.Read(ref _latencyMs);
        var reference = options.ReferenceLatency.TotalMilliseconds;
        var latencyFactor = double.IsNaN(latency) || latency <= reference ? 1 : reference / latency;
        return Math.Clamp(Volatile.Read(ref _successRate) * latencyFactor, options.MinHealthScore, 1);
    }

    /// <summary>Notes that the model's health changed, for <see cref="TakeChanged"/>.</summary>
    public void MarkChanged() => Volatile.Write(ref _changed, 1);

    /// <summary>Whether the health changed since the last call.</summary>
    public bool TakeChanged() => Interlocked.Exchange(ref _changed, 0) == 1;

    public void RecordSuccess(TimeSpan timeToFirstToken)
    {
        MarkChanged();
        lock (_gate)
        {
            var latency = Volatile.Read(ref _latencyMs);
            var sample = timeToFirstToken.TotalMilliseconds;
            Volatile.Write(ref _latencyMs, double.IsNaN(latency) ? sample : Average(latency, sample));
            Volatile.Write(ref _successRate, Average(_successRate, 1));
            _outcomes++;
        }

        Cooldown.ResetStreak();
        Circuit.RecordSuccess();
    }

    public void RecordFailure(UpstreamFailure failure)
    {
        MarkChanged();
        lock (_gate)
        {
            Volatile.Write(ref _successRate, Average(_successRate, 0));
            _lastError = $"{failure.Kind}{(failure.StatusCode is { } status ? $" {status}" : "")}: {failure.Message}";
            _outcomes++;
        }

        if (failure.TripsCircuit)
        {
            Circuit.RecordFailure();
        }
    }

    public ModelAvailability Describe(DateTimeOffset now)
    {
        var until = CoolingUntil(now);
        var circuit = Circuit.State;
        var successRate = Volatile.Read(ref _successRate);
        var state = until is not null ? AvailabilityState.Cooling
            : circuit == CircuitState.Open ? AvailabilityState.Down
            : Volatile.Read(ref _outcomes) == 0 ? AvailabilityState.Unknown
            : circuit == CircuitState.HalfOpen || successRate < options.DegradedBelow ? AvailabilityState.Degraded
            : AvailabilityState.Available;
        var latency = Volatile.Read(ref _latencyMs);
        return new ModelAvailability(state, until, HealthScore(), successRate, double.IsNaN(latency) ? null : latency, Volatile.Read(ref _lastError));
    }

    private double Average(double current, double sample) => current + (options.EwmaAlpha * (sample - current));
}
