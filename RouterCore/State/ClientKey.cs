namespace AspireRouter.RouterCore.State;

/// <summary>A stored client key as operators see it: its hash identifies it, the key itself is never kept.</summary>
public sealed record ClientKey(string Hash, string Name, DateTimeOffset CreatedAt, string CreatedBy, ClientKeyLimits Limits);
