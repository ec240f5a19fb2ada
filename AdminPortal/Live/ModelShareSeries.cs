namespace AspireRouter.AdminPortal.Live;

/// <summary>One model's share (0–100 %) of the answered requests in each bucket.</summary>
public sealed record ModelShareSeries(string Model, IReadOnlyList<double> Percentages);
