namespace AspireRouter.RouterCore.Availability;

/// <summary>The answer of <see cref="IQuotaCounter.TryAcquireAsync"/>: may the request go, and is the quota spent now.</summary>
public readonly record struct QuotaDecision(bool Acquired, QuotaStatus Status);
