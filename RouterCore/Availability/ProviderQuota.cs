using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterCore.Availability;

/// <summary>The quota windows of one provider's key and, when it has per-model limits, of each of its models.</summary>
internal sealed class ProviderQuota(QuotaOptions limits)
{
    private readonly Lock _gate = new();
    private readonly QuotaWindows _provider = new(limits.RequestsPerMinute, limits.RequestsPerDay);
    private readonly Dictionary<string, QuotaWindows> _models = new(StringComparer.Ordinal);

    public QuotaOptions Limits => limits;

    public bool TryAcquire(string modelId, DateTimeOffset now, out QuotaStatus status)
    {
        lock (_gate)
        {
            var model = ModelWindows(modelId);
            status = StatusOf(model, now);
            if (status.IsSpent)
            {
                return false;
            }

            _provider.Increment(now);
            model?.Increment(now);
            status = StatusOf(model, now);
            return true;
        }
    }

    /// <summary>Counts what the upstream reported for a window (<see cref="IQuotaCounter.Correct"/>).</summary>
    public void Correct(string modelId, RateLimitRemaining reported, DateTimeOffset now)
    {
        lock (_gate)
        {
            var windows = reported.Scope == CooldownScope.Model && ModelWindows(modelId) is { } model ? model : _provider;
            windows.Correct(reported.WindowAt(now), reported.Remaining, now);
        }
    }

    /// <summary>Adds what is left of the provider's known windows at <paramref name="now"/>.</summary>
    public void CollectRemaining(string provider, int keyNumber, DateTimeOffset now, ICollection<QuotaRemaining> into)
    {
        lock (_gate)
        {
            if (limits.RequestsPerMinute is not null)
            {
                into.Add(new QuotaRemaining(provider, RedisKeys.MinuteWindow, _provider.MinuteRemaining(now), keyNumber));
            }

            if (limits.RequestsPerDay is not null)
            {
                into.Add(new QuotaRemaining(provider, RedisKeys.DayWindow, _provider.DayRemaining(now), keyNumber));
            }
        }
    }

    private QuotaWindows? ModelWindows(string modelId)
    {
        if (!limits.HasModelLimits)
        {
            return null;
        }

        if (!_models.TryGetValue(modelId, out var windows))
        {
            windows = new QuotaWindows(limits.ModelRequestsPerMinute, limits.ModelRequestsPerDay);
            _models[modelId] = windows;
        }

        return windows;
    }

    private QuotaStatus StatusOf(QuotaWindows? model, DateTimeOffset now) =>
        _provider.IsFull(now) ? new QuotaStatus(true, CooldownScope.Provider, _provider.ResetsAt(now))
        : model is not null && model.IsFull(now) ? new QuotaStatus(true, CooldownScope.Model, model.ResetsAt(now))
        : QuotaStatus.NotSpent;
}
