namespace AspireRouter.AdminPortal.Pool;

/// <summary>A provider's requests in one quota window against its configured limit (null: unknown), and when the window resets.</summary>
public sealed record QuotaRow(string Window, long Used, int? Limit, DateTimeOffset ResetsAt);
