using AspireRouter.RouterCore.Sizes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Catalog;

/// <summary>Refreshes every provider's free pool on a schedule and on demand; a failed source keeps its last good models.</summary>
public sealed partial class CatalogRefreshService(
    IEnumerable<ICatalogSource> sources,
    CatalogStore store,
    IOptions<CatalogOptions> options,
    TimeProvider time,
    ILogger<CatalogRefreshService> logger) : BackgroundService
{
    private readonly ICatalogSource[] _sources = [.. sources];
    private readonly Dictionary<string, IReadOnlyList<ModelInfo>> _lastGood = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Fetches every source now and swaps in the new pool; concurrent calls run one after another.</summary>
    public async Task<CatalogSnapshot> RefreshNowAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var anyFetched = false;
            foreach (var source in _sources)
            {
                anyFetched |= await TryFetchAsync(source, cancellationToken).ConfigureAwait(false);
            }

            if (!anyFetched)
            {
                return store.Current;
            }

            var snapshot = new CatalogSnapshot(_lastGood.Values.SelectMany(models => models), time.GetUtcNow());
            LogChanges(CatalogDiff.Between(store.Replace(snapshot), snapshot));
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.Mode == CatalogRefreshMode.Own ? settings.RefreshInterval : settings.StaleAfter / 3, time);
        do
        {
            if (settings.Mode == CatalogRefreshMode.Own || store.IsStale(time.GetUtcNow(), settings.StaleAfter))
            {
                await RefreshNowAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task<bool> TryFetchAsync(ICatalogSource source, CancellationToken cancellationToken)
    {
        try
        {
            var pool = ModelSizeResolver.Resolve(FreeModelFilter.Apply(await source.FetchAsync(cancellationToken).ConfigureAwait(false)), options.Value.ModelSizes);
            _lastGood[source.Provider] = pool;
            LogFetched(source.Provider, pool.Count);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFetchFailed(ex, source.Provider);
            return false;
        }
    }

    private void LogChanges(CatalogDiff diff)
    {
        foreach (var model in diff.Appeared)
        {
            LogAppeared(model.Id, model.Provider);
        }

        foreach (var model in diff.Disappeared)
        {
            LogDisappeared(model.Id, model.Provider);
        }
    }
}
