using AspireRouter.RouterCore.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AspireRouter.RouterCore.Load;

public static class LoadServiceCollectionExtensions
{
    /// <summary>Per-model load counted here, published each second to <c>ar:load:{replica}</c>, and summed across replicas on demand.</summary>
    public static IServiceCollection AddSharedLoad(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LoadTracker>();
        services.TryAddSingleton<ReplicaIdentity>();
        services.TryAddSingleton<ClusterLoadReader>();
        services.AddHostedService<LoadPublisher>();
        return services;
    }
}
