namespace AspireRouter.RouterApi.Status;

/// <summary>One quota window of a provider: its limit, requests used by all replicas, what remains, and when it resets.</summary>
internal sealed record QuotaView(string Window, int? Limit, long Used, long? Remaining, DateTimeOffset ResetsAt);
