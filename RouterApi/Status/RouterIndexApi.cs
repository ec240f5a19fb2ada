namespace AspireRouter.RouterApi.Status;

internal static class RouterIndexApi
{
    /// <summary><c>GET</c> and <c>HEAD /</c>, without a key: what a client finds at the root (Claude Code checks it before its first request).</summary>
    public static WebApplication MapRouterIndex(this WebApplication app)
    {
        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], () => TypedResults.Json(RouterIndex.Current, RouterApiJsonContext.Default.RouterIndex));
        return app;
    }
}
