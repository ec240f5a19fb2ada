namespace AspireRouter.RouterCore.State;

/// <summary>Quota units this process reserved from Redis for one window and spends without a round trip; lock-free.</summary>
internal sealed class QuotaLease
{
    private long _windowStart = -1;
    private int _remaining;

    /// <summary>Takes one unit if the lease is for <paramref name="windowStart"/> and not used up.</summary>
    public bool TryTake(long windowStart) =>
        Volatile.Read(ref _windowStart) == windowStart && Interlocked.Decrement(ref _remaining) >= 0;

    /// <summary>Holds <paramref name="units"/> more units for the window (units another refill raced with are dropped, never doubled).</summary>
    public void Refill(long windowStart, int units)
    {
        Volatile.Write(ref _remaining, units);
        Volatile.Write(ref _windowStart, windowStart);
    }
}
