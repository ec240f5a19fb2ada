namespace AspireRouter.AdminPortal.Pool;

/// <summary>One recent attempt on a model, from the request log: when, for which key, the upstream status and the failure if any.</summary>
public sealed record ModelOutcome(DateTimeOffset Time, string KeyName, int? Status, string? Error);
