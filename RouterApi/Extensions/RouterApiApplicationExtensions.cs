using AspireRouter.RouterApi.Apis;

namespace AspireRouter.RouterApi.Extensions;

public static class RouterApiApplicationExtensions
{
    public static WebApplication MapRouterApi(this WebApplication app) => RouterApiEndpoints.MapRouterApi(app);
}
