using System.Net.Http.Headers;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// At start and every hour, asks each OpenRouter account's key endpoint (<c>{BaseUrl}/key</c>), for every key of its pool, whether
/// it bought credits and sets that key's daily free-model quota from the answer (50, or 1,000 with credits) within the configured
/// ceiling (<see cref="ProviderQuotaLimits"/>). A failed or unreadable answer is logged and the quota stays as it was.
/// </summary>
public sealed partial class OpenRouterQuotaLearner(
    UpstreamClient upstream,
    ProviderQuotaLimits limits,
    LearnedQuotaRepository learned,
    IOptions<ProvidersOptions> providers,
    ProviderKeyPools keys,
    TimeProvider time,
    ILogger<OpenRouterQuotaLearner> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(30);
    private const int MaxAnswerBytes = 64 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            foreach (var provider in providers.Value.All)
            {
                if (provider is { CatalogSource: CatalogSourceKind.OpenRouter, SkipReason: null, Quotas.LearnFromUpstream: true })
                {
                    foreach (var key in keys.For(provider.Name).Keys)
                    {
                        await LearnAsync(key, stoppingToken).ConfigureAwait(false);
                    }
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task LearnAsync(ProviderKey key, CancellationToken stoppingToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(AnswerTimeout);
            using var request = KeyRequest(key.Options);
            using var response = await upstream.SendAsync(request, timeout.Token).ConfigureAwait(false);
            using var body = await LimitedBodyReader.ReadAsync(response.Content, MaxAnswerBytes, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode || body is null || OpenRouterKeyStatus.RequestsPerDay(body.WrittenMemory) is not { } reported)
            {
                LogUnreadable(key.ToString(), (int)response.StatusCode);
                return;
            }

            if (limits.LearnRequestsPerDay(key.QuotaScope, reported) is { } perDay)
            {
                LogLearned(key.ToString(), perDay, reported);
            }

            await PublishAsync(key).ConfigureAwait(false);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(exception, key.ToString());
        }
    }

    // The portal counts against the quota in force; without Redis it shows the configured one until the next hour.
    private async Task PublishAsync(ProviderKey key)
    {
        var scope = key.QuotaScope;
        if (limits.SourceOf(scope, RedisKeys.DayWindow) == QuotaSources.Learned && limits.For(scope).RequestsPerDay is { } perDay)
        {
            try
            {
                await learned.WriteAsync(scope, perDay).ConfigureAwait(false);
            }
            catch (Exception exception) when (RedisFailure.Is(exception))
            {
                LogNotPublished(exception, key.ToString());
            }
        }
    }

    private static HttpRequestMessage KeyRequest(ProviderOptions provider)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, provider.BaseUrl.TrimEnd('/') + "/key");
        foreach (var (name, value) in provider.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", provider.ApiKey);
        return request;
    }
}
