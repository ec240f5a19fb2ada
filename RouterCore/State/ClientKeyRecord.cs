namespace AspireRouter.RouterCore.State;

/// <summary>The JSON value of an <c>ar:keys</c> entry: what is known about a key besides its hash (limits absent when it has none).</summary>
public sealed record ClientKeyRecord(string Name, DateTimeOffset CreatedAt, string CreatedBy, ClientKeyLimits? Limits = null);
