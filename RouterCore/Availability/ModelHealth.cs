using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterCore.Availability;

/// <summary>One model's passive health: success and latency averages, its cooldown, its circuit; reads are lock-free.</summary>
/// <param name="gone">Each key's gone scope, in the ring's order (shared by every model of the provider).</param>
internal sealed class ModelHealth(ProviderKeyRing keys, GoneScope[] gone, AvailabilityOptions options, TimeProvider time)
{
    private const double MinLatencyMs = 10;
    private const double MinTokensPerSecond = 0.1;
    private readonly Lock _gate = new();
    private readonly LatencyWindow _recentLatencies = new();
    private double _successRate = 1;
    private double _latencyMs = double.NaN;
    private double _latencyP50Ms = double.NaN;
    private double _latencyP90Ms = double.NaN;
    private double _tokensPerSecond = double.NaN;
    private long _outcomes;
    private string? _lastError;
    private int _changed;

    public Cooldown Cooldown { get; } = new();

    /// <summary>The provider's keys, shared by every model of the provider; each cools down on its own (account quota, payment, credentials).</summary>
    public ProviderKeyRing Keys => keys;

    public CircuitBreaker Circuit { get; } = new(options.Circuit, time);

    /// <summary>Whether the key's free tier is gone, shared by every model of the provider.</summary>
    public GoneScope GoneOf(ProviderKey key) => gone[key.Number - 1];

    /// <summary>Not cooling, its circuit lets a request through, and a key of its provider is not gone (or is due a probe).</summary>
    public bool IsAvailable(DateTimeOffset now) => CoolingUntil(now) is null && Circuit.AllowsRequest(now) && AnyKeyAllowsRequest(now);

    /// <summary>The provider is gone when every key is (<see cref="Availability.ProviderGone"/>); null while a key is not.</summary>
    public GoneStatus? ProviderGone() => Availability.ProviderGone.Of(keys, key => gone[key.Number - 1].Status);

    /// <summary>The later of the model's cooldown and the end of its provider's (every key cooling), if either is still running.</summary>
    public DateTimeOffset? CoolingUntil(DateTimeOffset now) =>
        CooldownParser.Later(Cooldown.Until(now), keys.CoolingUntil(now));

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
            AddLatency(timeToFirstToken);
            Volatile.Write(ref _successRate, Average(_successRate, 1));
            _outcomes++;
        }

        Cooldown.ResetStreak();
        Circuit.RecordSuccess();
    }

    /// <summary>
    /// An answer that began but whose body came too slowly: its time lowers the model's latency score, but it is no failure,
    /// so neither the success rate nor the circuit count it.
    /// </summary>
    public void RecordSlow(TimeSpan elapsed)
    {
        MarkChanged();
        lock (_gate)
        {
            AddLatency(elapsed);
            _lastError = $"Slow: the answer's body took over {elapsed.TotalSeconds:0.#} s.";
        }
    }

    /// <summary>Whether the model has answered at least once here; until then its first token is due after the ceiling.</summary>
    public bool IsProven => !double.IsNaN(Volatile.Read(ref _latencyP50Ms));

    /// <summary>How long its first token may take before the model is overdue (<see cref="FirstTokenOverdueRule"/>).</summary>
    public TimeSpan FirstTokenDueAfter() => FirstTokenOverdueRule.DueAfter(Volatile.Read(ref _latencyP90Ms), options.FirstToken);

    /// <summary>Folds in the output rate of a streamed answer (tokens after the first, per second).</summary>
    public void RecordThroughput(double tokensPerSecond)
    {
        MarkChanged();
        lock (_gate)
        {
            var current = Volatile.Read(ref _tokensPerSecond);
            Volatile.Write(ref _tokensPerSecond, double.IsNaN(current) ? tokensPerSecond : Average(current, tokensPerSecond));
        }
    }

    /// <summary>For the <c>latency</c> sort: reference latency ÷ time-to-first-token median; 1 while unmeasured.</summary>
    public double LatencyFactor()
    {
        var p50 = Volatile.Read(ref _latencyP50Ms);
        return double.IsNaN(p50) ? 1 : options.ReferenceLatency.TotalMilliseconds / Math.Max(p50, MinLatencyMs);
    }

    /// <summary>For the <c>throughput</c> sort: output tokens per second ÷ the reference throughput; 1 while unmeasured.</summary>
    public double ThroughputFactor()
    {
        var rate = Volatile.Read(ref _tokensPerSecond);
        return double.IsNaN(rate) ? 1 : Math.Max(rate, MinTokensPerSecond) / options.ReferenceThroughput;
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
        var goneStatus = ProviderGone();
        var state = goneStatus is not null ? AvailabilityState.Down
            : until is not null ? AvailabilityState.Cooling
            : circuit == CircuitState.Open ? AvailabilityState.Down
            : Volatile.Read(ref _outcomes) == 0 ? AvailabilityState.Unknown
            : circuit == CircuitState.HalfOpen || successRate < options.DegradedBelow ? AvailabilityState.Degraded
            : AvailabilityState.Available;
        var latency = Volatile.Read(ref _latencyMs);
        var lastError = goneStatus is not null ? $"Gone: {goneStatus.Message}" : Volatile.Read(ref _lastError);
        return new ModelAvailability(state, until, HealthScore(), successRate, OrNull(latency), lastError)
        {
            LatencyP50Ms = OrNull(Volatile.Read(ref _latencyP50Ms)),
            TokensPerSecond = OrNull(Volatile.Read(ref _tokensPerSecond)),
        };
    }

    private void AddLatency(TimeSpan sample)
    {
        var milliseconds = sample.TotalMilliseconds;
        var latency = Volatile.Read(ref _latencyMs);
        Volatile.Write(ref _latencyMs, double.IsNaN(latency) ? milliseconds : Average(latency, milliseconds));
        var (median, p90) = _recentLatencies.Add(milliseconds);
        Volatile.Write(ref _latencyP50Ms, median);
        Volatile.Write(ref _latencyP90Ms, p90);
    }

    private bool AnyKeyAllowsRequest(DateTimeOffset now)
    {
        foreach (var scope in gone)
        {
            if (scope.AllowsRequest(now))
            {
                return true;
            }
        }

        return false;
    }

    private static double? OrNull(double value) => double.IsNaN(value) ? null : value;

    private double Average(double current, double sample) => current + (options.EwmaAlpha * (sample - current));
}
