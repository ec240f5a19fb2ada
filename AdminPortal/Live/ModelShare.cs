namespace AspireRouter.AdminPortal.Live;

/// <summary>Each model's share of answered requests per time bucket (labels are bucket start times), for a stacked chart.</summary>
public sealed record ModelShare(IReadOnlyList<string> Labels, IReadOnlyList<ModelShareSeries> Series)
{
    public static ModelShare Empty { get; } = new([], []);
}
