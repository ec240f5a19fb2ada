namespace AspireRouter.ServiceDefaults.Clock;

/// <summary>
/// A wall clock that runs <c>speed</c> times faster than <paramref name="real"/>, reading <paramref name="startsAt"/> at the
/// real instant <paramref name="epoch"/>. Only the wall clock is scaled: timers and timestamps stay real, so timeouts,
/// latencies and periodic work keep their pace while everything read from <see cref="GetUtcNow"/> (quota windows, cooldowns,
/// resets, <c>Retry-After</c>) passes <c>speed</c> times faster.
/// </summary>
public sealed class ScaledTimeProvider(TimeProvider real, double speed, DateTimeOffset epoch, DateTimeOffset startsAt) : TimeProvider
{
    public double Speed => speed;

    public override DateTimeOffset GetUtcNow()
    {
        var elapsed = (real.GetUtcNow() - epoch).Ticks * speed;
        return startsAt + TimeSpan.FromTicks((long)elapsed);
    }
}
