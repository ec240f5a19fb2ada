namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// When a model's first token (first upstream chunk; for an answer not streamed, its response headers) is overdue: the
/// model is suspect and the request hedges to another model (section <c>Availability:FirstToken</c>).
/// </summary>
public sealed record FirstTokenOptions
{
    /// <summary>Overdue after this many times the model's recent 90th-percentile time to first token...</summary>
    public double Multiplier { get; init; } = 4;

    /// <summary>...but never sooner than this (a fast model's ordinary jitter is not a stall)...</summary>
    public TimeSpan Floor { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>...and never later than this; a model with no measured first token yet is overdue after this.</summary>
    public TimeSpan Ceiling { get; init; } = TimeSpan.FromSeconds(10);
}
