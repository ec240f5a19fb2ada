namespace AspireRouter.RouterCore.Load;

/// <summary>One model's load in this process: attempts in flight, and attempts started per second over a short window.</summary>
internal sealed class ModelLoad
{
    public const int RateWindowSeconds = 10;

    private readonly Lock _gate = new();
    private readonly long[] _second = new long[RateWindowSeconds];
    private readonly int[] _started = new int[RateWindowSeconds];
    private int _inFlight;

    public int InFlight => Volatile.Read(ref _inFlight);

    public void Begin(long unixSecond)
    {
        Interlocked.Increment(ref _inFlight);
        var slot = (int)(unixSecond % RateWindowSeconds);
        lock (_gate)
        {
            if (_second[slot] != unixSecond)
            {
                (_second[slot], _started[slot]) = (unixSecond, 0);
            }

            _started[slot]++;
        }
    }

    public void End() => Interlocked.Decrement(ref _inFlight);

    /// <summary>Attempts started in the last <see cref="RateWindowSeconds"/> seconds, per second.</summary>
    public double RequestsPerSecond(long unixSecond)
    {
        var started = 0;
        lock (_gate)
        {
            for (var i = 0; i < RateWindowSeconds; i++)
            {
                started += unixSecond - _second[i] < RateWindowSeconds ? _started[i] : 0;
            }
        }

        return (double)started / RateWindowSeconds;
    }
}
