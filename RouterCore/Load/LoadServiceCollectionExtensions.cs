using AspireRouter.RouterCore.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AspireRouter.RouterCore.Load;

public static class LoadServiceCollectionExtensions
{
    /// <summary>Per-model load counted here, published each second to <c>ar:load:{replica}</c>, and summed across replicas on demand.</summary>
    public static IServiceCollection AddSharedLoad(this IServiceCollection services)
    {
        services.AddClusterLoadReader();
        services.AddHostedService<LoadPublisher>();
        return services;
    }

    /// <summary>Reads the routers' published load without publishing any (for services that route nothing, like the portal).</summary>
    public static IServiceCollection AddClusterLoadReader(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LoadTracker>();
        services.TryAddSingleton<ReplicaIdentity>();
        services.TryAddSingleton<ClusterLoadReader>();
        return services;
    }
}
