namespace AspireRouter.RouterApi.Status;

/// <summary>
/// One quota window of a provider: its limit and where it comes from (<c>configured</c>, <c>default</c>, or <c>learned</c>
/// from the upstream), requests used by all replicas (raised to what the upstream's rate-limit headers counted), what
/// remains, and when it resets.
/// </summary>
internal sealed record QuotaView(string Window, int? Limit, string Source, long Used, long? Remaining, DateTimeOffset ResetsAt);
