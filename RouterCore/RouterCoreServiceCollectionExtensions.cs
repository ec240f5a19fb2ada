using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Anthropic;
using AspireRouter.RouterCore.Providers.Cloudflare;
using AspireRouter.RouterCore.Providers.Cohere;
using AspireRouter.RouterCore.Providers.Gemini;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Providers.Ollama;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore;

public static class RouterCoreServiceCollectionExtensions
{
    /// <summary>
    /// The routing domain: options (<c>Providers</c> over the shipped provider defaults, <c>Catalog</c>, <c>Availability</c>,
    /// <c>Routing</c>, <c>Router:Sandbox</c>, <c>Upstream</c>), stores, tracker, planner, adapters, the upstream client, catalog refresh.
    /// </summary>
    public static IHostApplicationBuilder AddRouterCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddProviderDefaults(AppContext.BaseDirectory);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        AddOptions(services);

        services.AddSingleton<ProviderQuotaLimits>();
        services.AddSingleton<ProviderKeyPools>();
        services.TryAddSingleton<IQuotaCounter, InMemoryQuotaCounter>();
        services.TryAddSingleton<IRandomSource>(RandomSource.Shared);
        services.AddSingleton<GoneTracker>();
        services.AddSingleton<AvailabilityTracker>();
        services.AddSingleton<UpstreamFailureClassifier>();
        services.AddSingleton<CatalogStore>();
        services.AddSingleton<PolicyStore>();
        services.AddSingleton<ModelAliases>();
        services.AddSingleton<ICandidateSelector, WeightedRandomSelector>();
        services.AddSingleton<RoutePlanner>();
        services.AddSingleton<ParameterGuard>();
        services.AddSingleton<IProviderAdapter, OpenAiProviderAdapter>();
        services.AddSingleton<IProviderAdapter, GeminiProviderAdapter>();
        services.AddSingleton<IProviderAdapter, AnthropicProviderAdapter>();
        services.AddSingleton<IProviderAdapter, CohereProviderAdapter>();
        services.AddSingleton<IProviderAdapter, CloudflareProviderAdapter>();
        services.AddSingleton<IProviderAdapter, OllamaProviderAdapter>();
        services.AddSingleton<ProviderAdapters>();

        services.AddSingleton<UpstreamClient>();
        services.AddSingleton<CatalogSourceFactory>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<CatalogRefreshService>(
            provider, provider.GetRequiredService<CatalogSourceFactory>().CreateAll()));
        services.AddHostedService(provider => provider.GetRequiredService<CatalogRefreshService>());
        return builder;
    }

    private static void AddOptions(IServiceCollection services)
    {
        services.AddSingleton<IConfigureOptions<ProvidersOptions>, ProvidersOptionsSetup>();
        services.AddSingleton<IValidateOptions<ProvidersOptions>, ProvidersOptionsValidator>();
        services.AddOptions<ProvidersOptions>().ValidateOnStart();

        services.AddSingleton<IValidateOptions<RoutingPolicy>, RoutingPolicyValidator>();
        services.AddOptions<RoutingPolicy>().BindConfiguration(RoutingPolicy.SectionName).ValidateOnStart();

        services.AddSingleton<IValidateOptions<CatalogOptions>, ModelSizeOverridesValidator>();
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.SectionName)
            .Validate(options => options.RefreshInterval > TimeSpan.Zero, "Catalog:RefreshInterval must be positive.")
            .Validate(options => options.MaxBodyBytes > 0, "Catalog:MaxBodyBytes must be positive.")
            .ValidateOnStart();

        services.AddOptions<UpstreamOptions>().BindConfiguration(UpstreamOptions.SectionName)
            .Validate(options => options.ConnectTimeout > TimeSpan.Zero, "Upstream:ConnectTimeout must be positive.")
            .Validate(options => options.PooledConnectionLifetime > TimeSpan.Zero, "Upstream:PooledConnectionLifetime must be positive.")
            .Validate(options => options.HttpVersion is UpstreamHttpVersion.Http11 or UpstreamHttpVersion.Http2, "Upstream:HttpVersion must be \"1.1\" or \"2\".")
            .Validate(options => !options.CleartextHttp2 || options.HttpVersion == UpstreamHttpVersion.Http2, "Upstream:CleartextHttp2 needs Upstream:HttpVersion \"2\".")
            .ValidateOnStart();

        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.SectionName);

        services.AddSingleton<IValidateOptions<AvailabilityOptions>, GoneOptionsValidator>();
        services.AddOptions<AvailabilityOptions>().BindConfiguration(AvailabilityOptions.SectionName)
            .Validate(options => options.EwmaAlpha is > 0 and <= 1, "Availability:EwmaAlpha must be in (0, 1].")
            .Validate(options => options.Circuit.BreakDuration > TimeSpan.Zero, "Availability:Circuit:BreakDuration must be positive.")
            .Validate(options => options.ReferenceLatency > TimeSpan.Zero && options.ReferenceThroughput > 0, "Availability:ReferenceLatency and ReferenceThroughput must be positive.")
            .Validate(
                options => options.FirstToken is { Multiplier: >= 1, Floor.Ticks: > 0 } first && first.Ceiling >= first.Floor,
                "Availability:FirstToken needs Multiplier >= 1, a positive Floor and a Ceiling not below the Floor.")
            .ValidateOnStart();
    }
}
