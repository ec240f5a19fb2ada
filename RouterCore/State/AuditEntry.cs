namespace AspireRouter.RouterCore.State;

/// <summary>One operator change: who made it, what it was, when, and from which client address (null in entries written before addresses were kept).</summary>
public sealed record AuditEntry(DateTimeOffset Time, string Who, string What, string? Address = null);
