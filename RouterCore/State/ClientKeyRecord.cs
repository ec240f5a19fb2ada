namespace AspireRouter.RouterCore.State;

/// <summary>The JSON value of an <c>ar:keys</c> entry: what is known about a key besides its hash.</summary>
public sealed record ClientKeyRecord(string Name, DateTimeOffset CreatedAt, string CreatedBy);
