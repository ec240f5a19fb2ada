namespace AspireRouter.RouterCore.Availability;

/// <summary>The last few time-to-first-token samples of a model and their median; not thread-safe, its owner locks.</summary>
internal sealed class LatencyWindow
{
    public const int Capacity = 32;

    private readonly double[] _samples = new double[Capacity];
    private int _count;
    private int _next;

    /// <summary>Adds a sample (replacing the oldest once full) and returns the median of those kept.</summary>
    public double Add(double milliseconds)
    {
        _samples[_next] = milliseconds;
        _next = (_next + 1) % Capacity;
        _count = Math.Min(_count + 1, Capacity);
        Span<double> sorted = stackalloc double[_count];
        _samples.AsSpan(0, _count).CopyTo(sorted);
        sorted.Sort();
        return _count % 2 == 1 ? sorted[_count / 2] : (sorted[(_count / 2) - 1] + sorted[_count / 2]) / 2;
    }
}
