namespace AspireRouter.RouterCore.Availability;

/// <summary>Counts upstream requests against known per-minute and per-UTC-day quotas, per provider and per model.</summary>
public interface IQuotaCounter
{
    /// <summary>Counts one request unless a known quota is already spent (then it is refused).</summary>
    /// <returns>Whether the request may go, and the quota state after it: spent means no further request fits the window.</returns>
    ValueTask<QuotaDecision> TryAcquireAsync(string provider, string modelId);
}
