namespace AspireRouter.RouterCore.Availability;

/// <summary>How long a model may take to its first token before it is overdue: k × its p90, within a floor and a ceiling.</summary>
public static class FirstTokenOverdueRule
{
    /// <param name="p90Milliseconds">The model's recent 90th-percentile time to first token; NaN while unmeasured.</param>
    public static TimeSpan DueAfter(double p90Milliseconds, FirstTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (double.IsNaN(p90Milliseconds))
        {
            return options.Ceiling;
        }

        var due = TimeSpan.FromMilliseconds(p90Milliseconds * options.Multiplier);
        return due < options.Floor ? options.Floor : due > options.Ceiling ? options.Ceiling : due;
    }
}
