namespace AspireRouter.UpstreamSimulator.Quotas;

/// <summary>
/// A bucket that drains at capacity per window: Groq-style limits, where remaining capacity comes back gradually and
/// <c>x-ratelimit-reset-*</c> is the time until the bucket is empty again.
/// </summary>
internal sealed class LeakyBucket(double capacity, TimeSpan window)
{
    private readonly double _perSecond = capacity / window.TotalSeconds;
    private double _level;
    private DateTimeOffset _updatedAt;

    public double Capacity => capacity;

    public bool IsUnlimited => capacity <= 0;

    public double Level(DateTimeOffset now) => Math.Max(0, _level - (_perSecond * Math.Max(0, (now - _updatedAt).TotalSeconds)));

    public int Remaining(DateTimeOffset now) => IsUnlimited ? int.MaxValue : (int)Math.Max(0, Math.Floor(capacity - Level(now)));

    public TimeSpan UntilEmpty(DateTimeOffset now) => IsUnlimited ? TimeSpan.Zero : TimeSpan.FromSeconds(Level(now) / _perSecond);

    /// <summary>How long until <paramref name="amount"/> more fits.</summary>
    public TimeSpan UntilRoomFor(double amount, DateTimeOffset now) =>
        IsUnlimited ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Max(0, Level(now) + Math.Min(amount, capacity) - capacity) / _perSecond);

    public bool Fits(double amount, DateTimeOffset now) => IsUnlimited || Level(now) + Math.Min(amount, capacity) <= capacity;

    public void Add(double amount, DateTimeOffset now)
    {
        _level = Level(now) + amount;
        _updatedAt = now;
    }
}
