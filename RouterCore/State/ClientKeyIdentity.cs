namespace AspireRouter.RouterCore.State;

/// <summary>Who a presented client key belongs to: its name, and its limits when it has any (null costs no check).</summary>
public sealed record ClientKeyIdentity(string Name, ClientKeyLimits? Limits)
{
    public static ClientKeyIdentity Of(string name, ClientKeyLimits? limits) => new(name, limits is { IsLimited: true } ? limits : null);
}
