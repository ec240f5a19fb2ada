namespace AspireRouter.RouterCore.Hints;

/// <summary>How each hint is spelled in the body's <c>router</c> object and as a request header.</summary>
public static class RoutingHintNames
{
    public const string BodyObject = "router";

    public static string Body(RoutingHint hint) => hint switch
    {
        RoutingHint.MinParams => "min_params",
        RoutingHint.MaxParams => "max_params",
        RoutingHint.MinContext => "min_context",
        RoutingHint.AllowProviders => "allow_providers",
        RoutingHint.DenyProviders => "deny_providers",
        RoutingHint.Sort => "sort",
        RoutingHint.MaxWait => "max_wait",
        RoutingHint.Sticky => "sticky",
        _ => throw new ArgumentOutOfRangeException(nameof(hint), hint, "Not a single hint."),
    };

    /// <summary>The body path a client sees in errors, e.g. <c>router.min_params</c>.</summary>
    public static string BodyPath(RoutingHint hint) => hint switch
    {
        RoutingHint.MinParams => "router.min_params",
        RoutingHint.MaxParams => "router.max_params",
        RoutingHint.MinContext => "router.min_context",
        RoutingHint.AllowProviders => "router.allow_providers",
        RoutingHint.DenyProviders => "router.deny_providers",
        RoutingHint.Sort => "router.sort",
        RoutingHint.MaxWait => "router.max_wait",
        RoutingHint.Sticky => "router.sticky",
        _ => throw new ArgumentOutOfRangeException(nameof(hint), hint, "Not a single hint."),
    };

    public static string Header(RoutingHint hint) => hint switch
    {
        RoutingHint.MinParams => "x-router-min-params",
        RoutingHint.MaxParams => "x-router-max-params",
        RoutingHint.MinContext => "x-router-min-context",
        RoutingHint.AllowProviders => "x-router-allow-providers",
        RoutingHint.DenyProviders => "x-router-deny-providers",
        RoutingHint.Sort => "x-router-sort",
        RoutingHint.MaxWait => "x-router-max-wait",
        RoutingHint.Sticky => "x-router-sticky",
        _ => throw new ArgumentOutOfRangeException(nameof(hint), hint, "Not a single hint."),
    };

    public static IReadOnlyList<RoutingHint> All { get; } =
    [
        RoutingHint.MinParams, RoutingHint.MaxParams, RoutingHint.MinContext, RoutingHint.AllowProviders,
        RoutingHint.DenyProviders, RoutingHint.Sort, RoutingHint.MaxWait, RoutingHint.Sticky,
    ];
}
