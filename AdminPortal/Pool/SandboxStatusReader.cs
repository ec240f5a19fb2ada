using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>
/// Whether the pool the portal shows is the sandbox's (simulated providers): as HealthProbe said when it published the catalog;
/// until it has (or while Redis cannot be read), as this portal's own <c>Router:Sandbox</c> says, since its pages then show its own catalog.
/// </summary>
public sealed class SandboxStatusReader(CatalogRepository catalog, IOptions<SandboxOptions> options)
{
    public async Task<bool> IsSandboxAsync()
    {
        try
        {
            return await catalog.ReadIsSandboxAsync() ?? options.Value.Sandbox;
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            return options.Value.Sandbox;
        }
    }
}
