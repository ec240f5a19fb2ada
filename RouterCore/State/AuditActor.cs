namespace AspireRouter.RouterCore.State;

/// <summary>Who made an operator change: the operator's name and the client address the change came from (null when unknown).</summary>
public sealed record AuditActor(string Name, string? Address);
