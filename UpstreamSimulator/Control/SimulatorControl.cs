using System.Text.Json.Nodes;
using AspireRouter.UpstreamSimulator.Catalog;
using AspireRouter.UpstreamSimulator.Chat;
using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Faults;
using AspireRouter.UpstreamSimulator.Generic;
using AspireRouter.UpstreamSimulator.Native;
using AspireRouter.UpstreamSimulator.Quotas;
using AspireRouter.UpstreamSimulator.Requests;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.Control;

/// <summary>
/// Steers a running simulator: faults, latency, quotas, catalog churn, history replay, and the log of requests received.
/// The control API (<c>/_control/...</c>) offers the same operations over HTTP.
/// </summary>
public sealed class SimulatorControl
{
    private readonly RequestLog _log;
    private readonly FaultScript _faults;
    private readonly LatencyBook _latency;
    private readonly ReplyLength _replyLength;
    private readonly FreeModelQuota _quota;
    private readonly GenericRateLimiter _limiter;
    private readonly OpenRouterCatalog _catalog;
    private readonly GenericProviderRegistry _providers;
    private readonly NativeProviderRegistry _native;
    private readonly IOptions<SimulatorOptions> _options;

    internal SimulatorControl(
        RequestLog log,
        FaultScript faults,
        LatencyBook latency,
        ReplyLength replyLength,
        FreeModelQuota quota,
        GenericRateLimiter limiter,
        OpenRouterCatalog catalog,
        GenericProviderRegistry providers,
        NativeProviderRegistry native,
        IOptions<SimulatorOptions> options)
    {
        _log = log;
        _faults = faults;
        _latency = latency;
        _replyLength = replyLength;
        _quota = quota;
        _limiter = limiter;
        _catalog = catalog;
        _providers = providers;
        _native = native;
        _options = options;
    }

    /// <summary>The requests received (the last <see cref="SimulatorOptions.RequestLogCapacity"/>), oldest first.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>All requests received since the last clear, including those the log no longer keeps.</summary>
    public long TotalRequests => _log.Total;

    /// <summary>How many requests named the model, at one provider or at all.</summary>
    public long RequestCount(string model, string? provider = null) => _log.Count(model, provider);

    /// <summary>Requests per provider, then per model.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, long>> RequestCounts() => _log.CountsByProvider();

    public void ClearRequests() => _log.Clear();

    /// <summary>Completes once <paramref name="total"/> requests have been answered (or abandoned) since the last clear.</summary>
    public Task WaitForRequestsAsync(long total, CancellationToken cancellationToken = default) => _log.WaitForTotalAsync(total, cancellationToken);

    public IReadOnlyList<ScriptedFault> Faults => [.. _faults.Active.Select(f => new ScriptedFault(f.Id, f.Rule, f.Remaining))];

    /// <summary>Adds a fault after those in force; returns its id. Throws <see cref="ArgumentException"/> for an invalid rule.</summary>
    public string AddFault(FaultRule rule) => _faults.Add(rule);

    public bool RemoveFault(string id) => _faults.Remove(id);

    public void ClearFaults() => _faults.Clear();

    /// <summary>Sets a provider's (or every provider's, with <c>*</c>) latency for a model (or every model).</summary>
    public void SetLatency(LatencyRule rule) => _latency.Set(rule);

    /// <summary>Makes every text reply <paramref name="tokens"/> tokens long (0: the mode's length), e.g. for streams of a given size.</summary>
    public void SetReplyTokens(int tokens) => _replyLength.Set(tokens);

    /// <summary>Changes OpenRouter's free-model limits; requests already counted stay counted.</summary>
    public void SetOpenRouterQuota(OpenRouterQuotaOptions quota)
    {
        if (quota.RequestsPerMinute < 1 || quota.RequestsPerDay < 1 || quota.RequestsPerDayWithCredits < 1)
        {
            throw new ArgumentException("Quota limits must be at least 1.", nameof(quota));
        }

        _quota.Use(quota);
    }

    /// <summary>Adds a model to a generic provider, or replaces it (its limits start afresh).</summary>
    public void SetProviderModel(string provider, GenericModelOptions model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model.Id);
        _providers.Get(provider).Set(model);
        _limiter.Forget(provider, model.Id);
    }

    public bool RemoveProviderModel(string provider, string modelId) => _providers.Get(provider).Remove(modelId);

    /// <summary>Adds a model to a natively spoken provider (one of <see cref="NativeKinds"/>), or replaces it (its limits start afresh).</summary>
    public void SetNativeModel(string kind, GenericModelOptions model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model.Id);
        if (!NativeKinds.All.Contains(kind))
        {
            throw new ArgumentException($"'{kind}' is not one of {string.Join(", ", NativeKinds.All)}.", nameof(kind));
        }

        _native.Get(kind).Set(model);
        _limiter.Forget(kind, model.Id);
    }

    /// <summary>The ids OpenRouter serves now, in catalog order.</summary>
    public IReadOnlyList<string> OpenRouterModelIds => [.. _catalog.Current.Models.Select(m => m.Id)];

    /// <summary>Adds a plausible free text model with this id.</summary>
    public void AddOpenRouterModel(string id) => AddOpenRouterModel(new JsonObject { ["id"] = id });

    /// <summary>Adds or replaces a model; fields the entry leaves out are filled with a plausible free model's.</summary>
    public void AddOpenRouterModel(JsonObject entry)
    {
        var id = entry["id"]?.GetValue<string>();
        ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(entry));
        _catalog.Add(CatalogModel.From(PlausibleModelEntry.For(id, entry)));
    }

    public bool RemoveOpenRouterModel(string id) => _catalog.Remove(id);

    public HistoryState History
    {
        get
        {
            var models = _catalog.Current.Models.Count;
            return _catalog.HistoryDay is { } day
                ? new HistoryState(day, _catalog.HistoryDayCount, _catalog.HistorySnapshotTaken(day), models)
                : new HistoryState(null, _catalog.HistoryDayCount, null, models);
        }
    }

    /// <summary>Serves day <paramref name="day"/> of the free catalog history (0-based, clamped to the days recorded).</summary>
    public HistoryState SelectHistoryDay(int day)
    {
        _catalog.SelectHistoryDay(day);
        return History;
    }

    /// <summary>Back to the configuration: catalog, faults (with the seeded draws restarted), latency, reply length, quotas, models, log.</summary>
    public void Reset()
    {
        _catalog.Reset();
        _faults.Reset();
        _latency.Reset();
        _replyLength.Reset();
        _quota.Reset(_options.Value.OpenRouter.Quota);
        _limiter.Reset();
        _providers.Reset();
        _native.Reset();
        _log.Clear();
    }
}
