using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Shared-state plumbing every service uses: the clock, presence in <c>ar:services</c>, the budget of a request's Redis
    /// calls (<see cref="RedisBudgetOptions"/>), and the Redis repositories
    /// (they need an <see cref="StackExchange.Redis.IConnectionMultiplexer"/>; <see cref="PolicyRepository"/> also needs AddRouterCore).
    /// </summary>
    public static IServiceCollection AddRouterState(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<ServicePresencePublisher>();
        services.AddOptions<RequestLogOptions>().BindConfiguration(RequestLogOptions.SectionName)
            .Validate(options => options.Capacity > 0, "RequestLog:Capacity must be positive.")
            .ValidateOnStart();
        services.AddOptions<RedisBudgetOptions>().BindConfiguration(RedisBudgetOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisBudgetOptions>, RedisBudgetOptionsValidator>());
        services.TryAddSingleton<RedisBudget>();

        services.TryAddSingleton<RouterEventPublisher>();
        services.TryAddSingleton<AuditLog>();
        services.TryAddSingleton<PolicyRepository>();
        services.TryAddSingleton<ModelAliasRepository>();
        services.TryAddSingleton<ClientKeyRepository>();
        services.TryAddSingleton<RequestLogRepository>();
        services.TryAddSingleton<CatalogRepository>();
        services.TryAddSingleton<HealthRepository>();
        services.TryAddSingleton<QuotaReader>();
        services.TryAddSingleton<ProviderQuotaReader>();
        services.TryAddSingleton<LearnedQuotaRepository>();
        services.TryAddSingleton<GoneRepository>();
        services.TryAddSingleton<KeyCooldownReader>();
        return services;
    }

    /// <summary>Keeps this replica's <see cref="Selection.PolicyStore"/> in step with <c>ar:policy</c> (needs AddRouterCore).</summary>
    public static IServiceCollection AddPolicySynchronizer(this IServiceCollection services)
    {
        services.AddHostedService<PolicySynchronizer>();
        return services;
    }

    /// <summary>Keeps this replica's <see cref="ClientKeyDirectory"/> in step with <c>ar:keys</c>.</summary>
    public static IServiceCollection AddClientKeySynchronizer(this IServiceCollection services)
    {
        services.TryAddSingleton<ClientKeyDirectory>();
        services.AddHostedService<ClientKeySynchronizer>();
        return services;
    }

    /// <summary>
    /// Availability shared across replicas (needs AddRouterCore): quota counters in Redis, cooldowns announced to and
    /// taken from the others, gone providers shared through <c>ar:gone</c>, and this process's passive health published to
    /// <c>ar:health:*</c>.
    /// </summary>
    public static IServiceCollection AddSharedAvailability(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IQuotaCounter, RedisQuotaCounter>());
        services.AddHostedService<CooldownBroadcaster>();
        services.AddHostedService<GonePublisher>();
        services.AddHostedService<GoneSynchronizer>();
        services.AddSingleton<HealthPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<HealthPublisher>());
        return services;
    }

    /// <summary>Follows the pool HealthProbe publishes in <c>ar:catalog</c> (set <c>Catalog:Mode</c> to <c>Follow</c> too).</summary>
    public static IServiceCollection AddCatalogFollower(this IServiceCollection services)
    {
        services.AddHostedService<CatalogSynchronizer>();
        return services;
    }
}
