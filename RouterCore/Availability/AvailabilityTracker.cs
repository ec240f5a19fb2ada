using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Passive health of every model and provider, fed by the outcomes of real requests; reads are lock-free.</summary>
public sealed class AvailabilityTracker(IOptions<AvailabilityOptions> options, IQuotaCounter quota, GoneTracker gone, TimeProvider time)
{
    /// <summary>A tracker with its own <see cref="GoneTracker"/> that logs nowhere (tests and benchmarks of selection).</summary>
    public AvailabilityTracker(IOptions<AvailabilityOptions> options, IQuotaCounter quota, TimeProvider time)
        : this(options, quota, new GoneTracker(options, time, NullLogger<GoneTracker>.Instance), time)
    {
    }

    private readonly AvailabilityOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ModelHealth> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Cooldown> _providerCooldowns = new(StringComparer.Ordinal);

    /// <summary>
    /// Raised when this process starts a cooldown (from an upstream signal, a spent quota or an opening circuit), so it can
    /// be shared with other replicas; not raised for cooldowns applied from them.
    /// </summary>
    public event Action<CooldownNotice>? CooledDown;

    /// <summary>
    /// Call right before sending: false when the model is cooling, its circuit refuses, a quota is spent, or its provider is
    /// gone (but for the one attempt that takes a due probe).
    /// </summary>
    public async ValueTask<bool> TryBeginAttemptAsync(string modelId, string provider)
    {
        var model = GetModel(modelId, provider);
        if (!model.IsAvailable(time.GetUtcNow()) || !gone.TryClaimProbe(model.Gone))
        {
            return false;
        }

        var decision = await quota.TryAcquireAsync(provider, modelId).ConfigureAwait(false);
        if (decision.Status.IsSpent)
        {
            CoolDown(model, modelId, provider, decision.Status.Scope, decision.Status.ResetsAt);
        }

        return decision.Acquired && model.Circuit.TryAcquire();
    }

    /// <summary>Applies a cooldown another replica (or HealthProbe) saw; it only ever moves a cooldown later.</summary>
    public void ApplyRemoteCooldown(CooldownNotice notice)
    {
        var model = GetModel(notice.ModelId, notice.Provider);
        (notice.Scope == CooldownScope.Provider ? model.ProviderCooldown : model.Cooldown).Extend(notice.Until);
        model.MarkChanged();
    }

    /// <summary>The models whose health changed since the last call, with their state now (for publishing).</summary>
    public List<(string ModelId, ModelAvailability State)> TakeChanged()
    {
        var now = time.GetUtcNow();
        var changed = new List<(string, ModelAvailability)>();
        foreach (var (id, model) in _models)
        {
            if (model.TakeChanged())
            {
                changed.Add((id, model.Describe(now)));
            }
        }

        return changed;
    }

    public void RecordSuccess(string modelId, string provider, TimeSpan timeToFirstToken)
    {
        var model = GetModel(modelId, provider);
        model.RecordSuccess(timeToFirstToken);
        model.ProviderCooldown.ResetStreak();
        gone.RecordSuccess(model.Gone);
    }

    /// <summary>An answer whose body came too slowly: it lowers the model's latency score but is no failure (see <see cref="UpstreamFailureKind.SlowBody"/>).</summary>
    public void RecordSlow(string modelId, string provider, TimeSpan elapsed) => GetModel(modelId, provider).RecordSlow(elapsed);

    /// <summary>How long the model's first token may take before it is overdue (<see cref="FirstTokenOverdueRule"/>).</summary>
    public TimeSpan FirstTokenDueAfter(string modelId, string provider) => GetModel(modelId, provider).FirstTokenDueAfter();

    /// <summary>Whether the model has answered here at least once.</summary>
    public bool IsProven(string modelId, string provider) => GetModel(modelId, provider).IsProven;

    public void RecordThroughput(string modelId, string provider, double tokensPerSecond) =>
        GetModel(modelId, provider).RecordThroughput(tokensPerSecond);

    public void RecordFailure(string modelId, string provider, UpstreamFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var model = GetModel(modelId, provider);
        gone.RecordFailure(model.Gone, failure);
        if (failure.IsRequestFault)
        {
            return;
        }

        if (failure.CoolsDown)
        {
            var cooldown = failure.Scope == CooldownScope.Provider ? model.ProviderCooldown : model.Cooldown;
            var streak = cooldown.NextStreak();
            CoolDown(model, modelId, provider, failure.Scope, failure.CooldownUntil ?? time.GetUtcNow() + _options.DefaultCooldownFor(streak));
        }

        var wasOpen = model.Circuit.State == CircuitState.Open;
        model.RecordFailure(failure);
        if (!wasOpen && model.Circuit.State == CircuitState.Open)
        {
            CooledDown?.Invoke(new CooldownNotice(modelId, provider, CooldownScope.Model, time.GetUtcNow() + _options.Circuit.BreakDuration));
        }
    }

    /// <summary>
    /// Reads an answer's rate-limit headers (any status): when they say the window is spent, the provider (or, for per-model
    /// limits, the model) cools down until the window resets, so no call is wasted on a certain 429; when they say requests
    /// are left, the shared quota counters are corrected so no more than that go before the reset (<see cref="IQuotaCounter.CorrectAsync"/>).
    /// </summary>
    public ValueTask RecordRateLimitHeadersAsync(string modelId, string provider, HttpResponseHeaders headers)
    {
        var now = time.GetUtcNow();
        if (RateLimitHeaders.SpentUntil(headers, now, out var scope) is { } until)
        {
            CoolDown(GetModel(modelId, provider), modelId, provider, scope, until);
            return ValueTask.CompletedTask;
        }

        return RateLimitHeaders.Remaining(headers, now) is { } left ? quota.CorrectAsync(provider, modelId, left) : ValueTask.CompletedTask;
    }

    public bool IsAvailable(string modelId, string provider) => GetModel(modelId, provider).IsAvailable(time.GetUtcNow());

    public ModelAvailability GetState(string modelId) =>
        _models.TryGetValue(modelId, out var model) ? model.Describe(time.GetUtcNow()) : ModelAvailability.Unknown;

    /// <summary>Until when the whole provider cools down, or null.</summary>
    public DateTimeOffset? GetProviderCooldown(string provider) =>
        _providerCooldowns.TryGetValue(provider, out var cooldown) ? cooldown.Until(time.GetUtcNow()) : null;

    /// <summary>The model's health handle, created on first use; selection keeps these to read without lookups.</summary>
    internal ModelHealth GetModel(string modelId, string provider) =>
        _models.GetOrAdd(modelId, static (_, state) => state.Tracker.CreateModel(state.Provider), (Tracker: this, Provider: provider));

    private ModelHealth CreateModel(string provider) =>
        new(_providerCooldowns.GetOrAdd(provider, static _ => new Cooldown()), gone.Scope(provider), _options, time);

    private void CoolDown(ModelHealth model, string modelId, string provider, CooldownScope scope, DateTimeOffset until)
    {
        (scope == CooldownScope.Provider ? model.ProviderCooldown : model.Cooldown).Extend(until);
        model.MarkChanged();
        CooledDown?.Invoke(new CooldownNotice(modelId, provider, scope, until));
    }
}
