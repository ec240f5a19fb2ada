namespace AspireRouter.RouterCore.Availability;

/// <summary>Counts upstream requests against known per-minute and per-UTC-day quotas, per provider and per model.</summary>
/// <remarks>Synchronous on purpose: a request never waits on shared storage; a shared counter syncs in the background.</remarks>
public interface IQuotaCounter
{
    /// <summary>Counts one request unless a quota is already spent (then returns false and counts nothing).</summary>
    /// <param name="status">The quota state after this request: spent means no further request fits the window.</param>
    bool TryAcquire(string provider, string modelId, out QuotaStatus status);

    QuotaStatus GetStatus(string provider, string modelId);
}
