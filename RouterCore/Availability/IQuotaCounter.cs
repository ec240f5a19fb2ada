namespace AspireRouter.RouterCore.Availability;

/// <summary>Counts upstream requests against known per-minute and per-UTC-day quotas, per provider and per model.</summary>
public interface IQuotaCounter
{
    /// <summary>Counts one request unless a known quota is already spent (then it is refused).</summary>
    /// <param name="provider">The provider, or the quota scope of one of its keys (<see cref="Providers.Keys.ProviderKey.QuotaScope"/>).</param>
    /// <returns>Whether the request may go, and the quota state after it: spent means no further request fits the window.</returns>
    ValueTask<QuotaDecision> TryAcquireAsync(string provider, string modelId);

    /// <summary>
    /// Counts what the upstream reported for one of its windows: the matching known window (the model's for a per-model report
    /// when the provider has per-model limits, else the provider's) is raised so that at most
    /// <see cref="RateLimitRemaining.Remaining"/> more requests go in it. A report never lowers a count: the upstream can only
    /// make the router more careful, and the known quota stays the ceiling. The caller (a request about to relay its answer)
    /// does not wait: a shared count is corrected on its own (a request of this process that needs a reservation in that window
    /// waits for it), and its failures are logged.
    /// </summary>
    void Correct(string provider, string modelId, RateLimitRemaining reported);

    /// <summary>
    /// Adds what is left at <paramref name="now"/> of each known provider window to <paramref name="into"/>, from what this
    /// process holds (no Redis call): for metrics, collected on their own schedule, never on a request.
    /// </summary>
    void CollectRemaining(DateTimeOffset now, ICollection<QuotaRemaining> into);
}
