namespace AspireRouter.AdminPortal.Pool;

/// <summary>A model's recent traffic from the request log: attempts, how many succeeded, answer latency, share of answers.</summary>
public sealed record ModelTraffic(int Attempts, int Successes, double? LatencyMs, double Share)
{
    public static ModelTraffic None { get; } = new(0, 0, null, 0);

    public double? SuccessRate => Attempts == 0 ? null : Successes / (double)Attempts;
}
