namespace AspireRouter.RouterCore.Hints;

/// <summary>The routing hints a client can give without naming a model; flags, to say which ones came from where.</summary>
[Flags]
public enum RoutingHint
{
    None = 0,
    MinParams = 1 << 0,
    MaxParams = 1 << 1,
    MinContext = 1 << 2,
    AllowProviders = 1 << 3,
    DenyProviders = 1 << 4,
    Sort = 1 << 5,
    MaxWait = 1 << 6,
    Sticky = 1 << 7,
}
