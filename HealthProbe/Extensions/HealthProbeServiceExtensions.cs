using AspireRouter.HealthProbe.Health;
using AspireRouter.HealthProbe.Probing;
using AspireRouter.HealthProbe.Publishing;
using AspireRouter.RouterCore;
using AspireRouter.RouterCore.State;

namespace AspireRouter.HealthProbe.Extensions;

public static class HealthProbeServiceExtensions
{
    /// <summary>Catalog refresh and publishing, probes of idle models, and shared availability (quotas, cooldowns, health).</summary>
    public static IHostApplicationBuilder AddHealthProbe(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddRouterCore();
        var services = builder.Services;
        services.AddRouterState();
        services.AddSharedAvailability();
        services.AddOptions<ProbeOptions>().BindConfiguration(ProbeOptions.SectionName)
            .Validate(o => o.Interval > TimeSpan.Zero && o.IdleWindow > TimeSpan.Zero && o.Timeout > TimeSpan.Zero, "Probe: Interval, IdleWindow and Timeout must be positive.")
            .Validate(o => o.DailyQuotaShare is > 0 and <= 0.05, "Probe:DailyQuotaShare must be in (0, 0.05].")
            .Validate(o => o.DefaultDailyBudget > 0, "Probe:DefaultDailyBudget must be positive.")
            .Validate(o => o.MaxBodyBytes > 0, "Probe:MaxBodyBytes must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ProbeBudget>();
        services.AddSingleton<ModelProber>();
        services.AddSingleton<ProbeScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<ProbeScheduler>());
        services.AddHostedService<CatalogPublisher>();
        services.AddHealthChecks().AddCheck<CatalogLoadedHealthCheck>("catalog");
        return builder;
    }
}
