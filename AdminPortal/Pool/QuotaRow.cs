namespace AspireRouter.AdminPortal.Pool;

/// <summary>
/// A provider's requests in one quota window against its limit (null: unknown), and when the window resets;
/// <paramref name="Learned"/> when the limit is what RouterApi learned from the upstream rather than the configured one.
/// </summary>
public sealed record QuotaRow(string Window, long Used, int? Limit, DateTimeOffset ResetsAt, bool Learned = false);
