namespace AspireRouter.RouterApi.Status;

internal static class RouterStatusApi
{
    public static RouteGroupBuilder MapRouterStatusApi(this RouteGroupBuilder v1)
    {
        v1.MapGet("/router/status", async (RouterStatusBuilder status) =>
            TypedResults.Json(await status.BuildAsync(), RouterApiJsonContext.Default.RouterStatus));
        return v1;
    }
}
