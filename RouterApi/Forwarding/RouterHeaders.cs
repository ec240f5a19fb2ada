namespace AspireRouter.RouterApi.Forwarding;

/// <summary>Response headers that tell the client what the router did.</summary>
internal static class RouterHeaders
{
    public const string Model = "x-router-model";
    public const string Provider = "x-router-provider";
    public const string Attempts = "x-router-attempts";
}
