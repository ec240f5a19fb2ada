namespace AspireRouter.RouterCore.State;

/// <summary>One operator change: who made it, what it was, when.</summary>
public sealed record AuditEntry(DateTimeOffset Time, string Who, string What);
