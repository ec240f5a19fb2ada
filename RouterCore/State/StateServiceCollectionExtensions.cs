using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AspireRouter.RouterCore.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>Shared-state plumbing every service uses: the clock and presence in <c>ar:services</c>.</summary>
    public static IServiceCollection AddRouterState(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<ServicePresencePublisher>();
        return services;
    }
}
