using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.HealthProbe.Probing;

/// <summary>
/// Every <see cref="ProbeOptions.Interval"/>, probes the models that neither traffic nor a probe touched within the idle
/// window, never a cooling one, within each provider's probe budget; also probes a model at once when the portal asks
/// (<c>probe:{modelId}</c> on <c>ar:events</c>).
/// </summary>
internal sealed partial class ProbeScheduler(
    CatalogStore catalog,
    HealthRepository health,
    AvailabilityTracker tracker,
    IOptions<ProvidersOptions> providers,
    ProbeBudget budget,
    ModelProber prober,
    IConnectionMultiplexer redis,
    IOptions<ProbeOptions> options,
    TimeProvider time,
    ILogger<ProbeScheduler> logger) : BackgroundService
{
    // Redis commands take no token: while Redis is away one waits for its timeout, and a stop must not.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await SubscribeToProbeRequestsAsync(stoppingToken).WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunRoundAsync(stoppingToken);
        }
    }

    /// <summary>One scan of the pool; returns how many models were probed.</summary>
    public async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var models = catalog.Current.Models;
        IReadOnlyDictionary<string, ModelHealthRecord> published;
        try
        {
            published = await health.ReadAsync([.. models.Select(model => model.Id)]).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogHealthUnreadable(exception);
            return 0;
        }

        var idleSince = time.GetUtcNow() - options.Value.IdleWindow;
        var probed = 0;
        foreach (var model in models)
        {
            var recent = published.TryGetValue(model.Id, out var record) && record.UpdatedAt > idleSince;
            if (!recent && await TryProbeAsync(model, cancellationToken))
            {
                probed++;
            }
        }

        return probed;
    }

    private async Task<bool> TryProbeAsync(ModelInfo model, CancellationToken cancellationToken)
    {
        // A probe is a tiny chat: an embedding model cannot answer one, so only real traffic tells its health.
        if (model.Capabilities.HasFlag(ModelCapabilities.Embeddings)
            || providers.Value.Find(model.Provider) is not { } provider
            || !tracker.IsAvailable(model.Id, model.Provider)
            || !await TryConsumeBudgetAsync(provider, cancellationToken)
            || await tracker.TryBeginAttemptAsync(model.Id, model.Provider).AsTask().WaitAsync(cancellationToken) is not { } key)
        {
            return false;
        }

        await prober.ProbeAsync(model, key, cancellationToken);
        return true;
    }

    // Without the shared count no probe is made: probing blind could eat a free quota that several HealthProbes share.
    private async Task<bool> TryConsumeBudgetAsync(ProviderOptions provider, CancellationToken cancellationToken)
    {
        try
        {
            return await budget.TryConsumeAsync(provider).WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogBudgetUnreadable(exception, provider.Name);
            return false;
        }
    }

    private async Task SubscribeToProbeRequestsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await redis.GetSubscriber().SubscribeAsync(RouterEventPublisher.Channel, (channel, message) =>
            {
                var text = (string?)message;
                if (text is not null && text.StartsWith(RouterEvents.ProbePrefix, StringComparison.Ordinal)
                    && catalog.Current.TryGet(text[RouterEvents.ProbePrefix.Length..], out var model))
                {
                    _ = TryProbeAsync(model, stoppingToken);
                }
            });
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogSubscribeFailed(exception);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Published health unreadable in Redis; skipping this probe round")]
    private partial void LogHealthUnreadable(Exception exception);

    [LoggerMessage(2, LogLevel.Warning, "Could not subscribe to probe requests from the portal")]
    private partial void LogSubscribeFailed(Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "Probe budget of {Provider} unreadable in Redis; not probing it this time")]
    private partial void LogBudgetUnreadable(Exception exception, string provider);
}
