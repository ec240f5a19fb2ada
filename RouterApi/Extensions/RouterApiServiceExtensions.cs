using AspireRouter.RouterApi.Chat;
using AspireRouter.RouterApi.Embeddings;
using AspireRouter.RouterApi.Health;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Images;
using AspireRouter.RouterApi.Messages;
using AspireRouter.RouterApi.Responses;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Sessions;
using AspireRouter.RouterApi.Status;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Context;
using AspireRouter.RouterCore.Load;
using AspireRouter.RouterCore.State;
using AspireRouter.RouterCore;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Extensions;

public static class RouterApiServiceExtensions
{
    /// <summary>Everything RouterApi serves with: the routing domain, client keys and the endpoints' services.</summary>
    public static IHostApplicationBuilder AddRouterApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddRouterCore();
        var services = builder.Services;
        services.AddRouterState();
        services.AddPolicySynchronizer();
        services.AddClientKeySynchronizer();
        services.AddSharedAvailability();
        services.AddSharedLoad();
        services.AddCatalogFollower();
        services.AddSingleton<IValidateOptions<RouterApiOptions>, RouterApiOptionsValidator>();
        services.AddOptions<RouterApiOptions>().BindConfiguration(RouterApiOptions.SectionName).ValidateOnStart();

        services.AddSingleton<ClientKeyAuthenticator>();
        services.AddSingleton<ClientKeyLimiter>();
        services.AddSingleton<ClientKeyGate>();
        services.AddSingleton<ChatAttempt>();
        services.AddSingleton<RoutingPipeline>();
        services.AddSingleton<RouterStopSignal>();
        services.AddRouterTelemetry();
        services.AddStickySessions();
        services.AddSingleton<ChatForwarder>();
        services.AddSingleton<RoutingDecisionRecorder>();
        services.AddHostedService<RoutingDecisionWriter>();
        services.AddSingleton<ExhaustionResponder>();
        services.AddSingleton<RequestBodyReader>();
        services.AddSingleton<ModelAliasApplier>();
        services.AddSingleton<ChatCompletionsEndpoint>();
        services.AddSingleton<MessagesEndpoint>();
        services.AddSingleton<PromptTokenCounter>();
        services.AddSingleton<ContextWindowGuard>();
        services.AddSingleton<ModelEntries>();
        services.AddSingleton<PoolObserver>();
        services.AddSingleton<RouterStatusBuilder>();
        services.AddImageGeneration();
        services.AddResponsesApi();
        services.AddEmbeddings();
        services.AddHealthChecks().AddCheck<CatalogHealthCheck>("catalog");
        services.AddHostedService<SandboxNotice>();
        services.AddHostedService<RouterGauges>();
        services.AddHostedService<OpenRouterQuotaLearner>();
        return builder;
    }
}
