namespace AspireRouter.RouterCore.Availability;

/// <summary>The last few time-to-first-token samples of a model, their median and 90th percentile; not thread-safe, its owner locks.</summary>
internal sealed class LatencyWindow
{
    public const int Capacity = 32;

    private readonly double[] _samples = new double[Capacity];
    private int _count;
    private int _next;

    /// <summary>Adds a sample (replacing the oldest once full) and returns the median and the 90th percentile of those kept.</summary>
    public (double Median, double P90) Add(double milliseconds)
    {
        _samples[_next] = milliseconds;
        _next = (_next + 1) % Capacity;
        _count = Math.Min(_count + 1, Capacity);
        Span<double> sorted = stackalloc double[_count];
        _samples.AsSpan(0, _count).CopyTo(sorted);
        sorted.Sort();
        var median = _count % 2 == 1 ? sorted[_count / 2] : (sorted[(_count / 2) - 1] + sorted[_count / 2]) / 2;
        return (median, sorted[(int)Math.Ceiling(0.9 * _count) - 1]);
    }
}
