namespace AspireRouter.ServiceDefaults.Clock;

/// <summary>
/// A compressed-time mode for benchmarks (<c>Clock:Speed</c>): the wall clock the service reads runs <see cref="Speed"/>
/// times faster, reading <see cref="StartsAt"/> at the real instant <see cref="Epoch"/>. Services given the same three values
/// read the same time. Speed 1 (the default) is the real clock.
/// </summary>
public sealed class ClockOptions
{
    public const string SectionName = "Clock";

    public const double MaxSpeed = 100_000;

    public double Speed { get; set; } = 1;

    /// <summary>The real instant the scaled clock starts from; null means when the service started.</summary>
    public DateTimeOffset? Epoch { get; set; }

    /// <summary>What the scaled clock reads at <see cref="Epoch"/>; null means the epoch itself.</summary>
    public DateTimeOffset? StartsAt { get; set; }

    public bool IsScaled => Speed != 1 || StartsAt is not null;
}
