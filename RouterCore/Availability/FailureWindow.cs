namespace AspireRouter.RouterCore.Availability;

/// <summary>The failure counts a circuit opens on: consecutive failures, and the failure share within a sampling window.</summary>
/// <remarks>Not thread-safe; the circuit counts under its lock.</remarks>
internal sealed class FailureWindow(CircuitBreakerOptions options)
{
    private int _consecutiveFailures;
    private long _startTicks;
    private int _attempts;
    private int _failures;

    public bool ShouldOpen =>
        _consecutiveFailures >= options.ConsecutiveFailures
        || (_attempts >= options.MinimumThroughput && _failures >= options.FailureRatio * _attempts);

    public void RecordSuccess(long ticks)
    {
        _consecutiveFailures = 0;
        Count(ticks, failed: false);
    }

    public void RecordFailure(long ticks)
    {
        _consecutiveFailures++;
        Count(ticks, failed: true);
    }

    public void Reset() => (_consecutiveFailures, _attempts, _failures) = (0, 0, 0);

    private void Count(long ticks, bool failed)
    {
        if (ticks - _startTicks >= options.SamplingDuration.Ticks)
        {
            (_startTicks, _attempts, _failures) = (ticks, 0, 0);
        }

        _attempts++;
        _failures += failed ? 1 : 0;
    }
}
