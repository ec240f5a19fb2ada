using System.Collections.Concurrent;
using System.Net.Http.Headers;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// Passive health of every model and of every provider key, fed by the outcomes of real requests; reads are lock-free. A provider
/// serves while any of its keys does: account-wide cooldowns and quotas belong to the key, and each attempt is given a key.
/// A key whose free tier is gone (<see cref="GoneTracker"/>, one scope per key) takes no attempt but its due probes; a provider
/// is gone when all its keys are.
/// </summary>
public sealed class AvailabilityTracker(
    IOptions<AvailabilityOptions> options, IQuotaCounter quota, ProviderKeyPools keys, GoneTracker gone, TimeProvider time)
{
    /// <summary>A tracker with its own <see cref="GoneTracker"/> that logs nowhere (tests and benchmarks of selection).</summary>
    public AvailabilityTracker(IOptions<AvailabilityOptions> options, IQuotaCounter quota, ProviderKeyPools keys, TimeProvider time)
        : this(options, quota, keys, new GoneTracker(options, time, NullLogger<GoneTracker>.Instance), time)
    {
    }

    /// <summary>A tracker of one-key providers with its own <see cref="GoneTracker"/> that logs nowhere (tests and benchmarks of selection).</summary>
    public AvailabilityTracker(IOptions<AvailabilityOptions> options, IQuotaCounter quota, TimeProvider time)
        : this(options, quota, new ProviderKeyPools(Options.Create(new ProvidersOptions())), time)
    {
    }

    private readonly AvailabilityOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ModelHealth> _models = new(StringComparer.Ordinal);

    /// <summary>
    /// Raised when this process starts a cooldown (from an upstream signal, a spent quota or an opening circuit), so it can
    /// be shared with other replicas; not raised for cooldowns applied from them.
    /// </summary>
    public event Action<CooldownNotice>? CooledDown;

    /// <summary>
    /// Call right before sending: the key to send with, the next (round-robin) of the provider's keys that is not cooling and has
    /// quota left and is not gone (but for the one attempt that takes its due probe), its quota unit taken; null when the model
    /// is cooling, its circuit refuses, or no key may serve.
    /// </summary>
    /// <param name="preferredKeyNumber">
    /// The key a sticky conversation was last served with (0: none): taken first while it is not cooling, not gone and has quota left, without
    /// taking a turn from the other requests; when it cannot serve, the next key in turn is taken as for any request.
    /// </param>
    public async ValueTask<ProviderKey?> TryBeginAttemptAsync(string modelId, string provider, int preferredKeyNumber = 0)
    {
        var model = GetModel(modelId, provider);
        var now = time.GetUtcNow();
        if (!model.IsAvailable(now))
        {
            return null;
        }

        var ring = model.Keys;
        var preferred = ring.Count > 1 ? ring.Numbered(preferredKeyNumber) : null;
        var start = 0;
        DateTimeOffset? modelSpentUntil = null;

        // Position -1 is the preferred key; the round-robin start is taken only when the keys in turn are needed.
        for (var i = preferred is null ? 0 : -1; i < ring.Count; i++)
        {
            if (i == 0)
            {
                start = ring.NextStart();
            }

            var key = i < 0 ? preferred! : ring[(start + i) % ring.Count];
            if ((i >= 0 && ReferenceEquals(key, preferred)) || key.CoolingUntil(now) is not null || !gone.TryClaimProbe(model.GoneOf(key)))
            {
                continue;
            }

            var decision = await quota.TryAcquireAsync(key.QuotaScope, modelId).ConfigureAwait(false);
            var status = decision.Status;
            if (status.IsSpent && status.Scope == CooldownScope.Provider)
            {
                CoolDown(model, modelId, key, status.ResetsAt);
            }
            else if (status.IsSpent && ring.Count == 1)
            {
                CoolDown(model, modelId, provider, status.ResetsAt);
            }
            else if (status.IsSpent && !decision.Acquired)
            {
                modelSpentUntil = modelSpentUntil is { } earlier && earlier < status.ResetsAt ? earlier : status.ResetsAt;
            }

            if (decision.Acquired)
            {
                return model.Circuit.TryAcquire() ? key : null;
            }
        }

        // Every key refused the model's own quota (limits per model and key): the model waits for the first key's reset.
        if (modelSpentUntil is { } until)
        {
            CoolDown(model, modelId, provider, until);
        }

        return null;
    }

    /// <summary>Applies a cooldown another replica (or HealthProbe) saw; it only ever moves a cooldown later.</summary>
    public void ApplyRemoteCooldown(CooldownNotice notice)
    {
        var model = GetModel(notice.ModelId, notice.Provider);
        if (notice.Scope == CooldownScope.Model)
        {
            model.Cooldown.Extend(notice.Until);
        }
        else
        {
            model.Keys.Numbered(notice.KeyNumber)?.Cooldown.Extend(notice.Until);
        }

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

    /// <param name="key">The key the attempt used; null resets the backoff of all the provider's keys.</param>
    public void RecordSuccess(string modelId, string provider, TimeSpan timeToFirstToken, ProviderKey? key = null)
    {
        var model = GetModel(modelId, provider);
        model.RecordSuccess(timeToFirstToken);
        var ring = model.Keys;
        for (var i = 0; i < ring.Count; i++)
        {
            if (key is null || ReferenceEquals(ring[i], key))
            {
                ring[i].Cooldown.ResetStreak();
                gone.RecordSuccess(model.GoneOf(ring[i]));
            }
        }
    }

    /// <summary>An answer whose body came too slowly: it lowers the model's latency score but is no failure (see <see cref="UpstreamFailureKind.SlowBody"/>).</summary>
    public void RecordSlow(string modelId, string provider, TimeSpan elapsed) => GetModel(modelId, provider).RecordSlow(elapsed);

    /// <summary>How long the model's first token may take before it is overdue (<see cref="FirstTokenOverdueRule"/>).</summary>
    public TimeSpan FirstTokenDueAfter(string modelId, string provider) => GetModel(modelId, provider).FirstTokenDueAfter();

    /// <summary>Whether the model has answered here at least once.</summary>
    public bool IsProven(string modelId, string provider) => GetModel(modelId, provider).IsProven;

    public void RecordThroughput(string modelId, string provider, double tokensPerSecond) =>
        GetModel(modelId, provider).RecordThroughput(tokensPerSecond);

    /// <param name="key">
    /// The key the attempt used: an account-wide failure (a spent account quota, a refused key) cools it alone and a refusal counts
    /// towards its gone run; null stands for every key of the provider.
    /// </param>
    public void RecordFailure(string modelId, string provider, UpstreamFailure failure, ProviderKey? key = null)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var model = GetModel(modelId, provider);
        RecordGoneRefusal(model, failure, key);
        if (failure.IsRequestFault)
        {
            return;
        }

        if (failure.CoolsDown && failure.Scope == CooldownScope.Provider)
        {
            var ring = model.Keys;
            for (var i = 0; i < ring.Count; i++)
            {
                if (key is null || ReferenceEquals(ring[i], key))
                {
                    CoolDown(model, modelId, ring[i], failure.CooldownUntil ?? time.GetUtcNow() + _options.DefaultCooldownFor(ring[i].Cooldown.NextStreak()));
                }
            }
        }
        else if (failure.CoolsDown)
        {
            CoolDown(model, modelId, provider, failure.CooldownUntil ?? time.GetUtcNow() + _options.DefaultCooldownFor(model.Cooldown.NextStreak()));
        }

        var wasOpen = model.Circuit.State == CircuitState.Open;
        model.RecordFailure(failure);
        if (!wasOpen && model.Circuit.State == CircuitState.Open)
        {
            CooledDown?.Invoke(new CooldownNotice(modelId, provider, CooldownScope.Model, time.GetUtcNow() + _options.Circuit.BreakDuration));
        }
    }

    /// <summary>
    /// Reads an answer's rate-limit headers (any status): when they say the window is spent, the key (or, for per-model limits,
    /// the model) cools down until the window resets, so no call is wasted on a certain 429; when they say requests are left,
    /// the key's shared quota counters are corrected so no more than that go before the reset (<see cref="IQuotaCounter.Correct"/>),
    /// without the answer waiting for Redis.
    /// </summary>
    /// <param name="key">The key the answer came to; null stands for every key of the provider (and the first key's counters).</param>
    public void RecordRateLimitHeaders(string modelId, string provider, HttpResponseHeaders headers, ProviderKey? key = null)
    {
        var now = time.GetUtcNow();
        if (RateLimitHeaders.SpentUntil(headers, now, out var scope) is { } until)
        {
            var model = GetModel(modelId, provider);
            if (scope == CooldownScope.Model)
            {
                CoolDown(model, modelId, provider, until);
                return;
            }

            var ring = model.Keys;
            for (var i = 0; i < ring.Count; i++)
            {
                if (key is null || ReferenceEquals(ring[i], key))
                {
                    CoolDown(model, modelId, ring[i], until);
                }
            }

            return;
        }

        if (RateLimitHeaders.Remaining(headers, now) is { } left)
        {
            quota.Correct(key?.QuotaScope ?? provider, modelId, left);
        }
    }

    public bool IsAvailable(string modelId, string provider) => GetModel(modelId, provider).IsAvailable(time.GetUtcNow());

    public ModelAvailability GetState(string modelId) =>
        _models.TryGetValue(modelId, out var model) ? model.Describe(time.GetUtcNow()) : ModelAvailability.Unknown;

    /// <summary>Until when the whole provider cools down (every key cooling: the earliest end), or null while a key may serve.</summary>
    public DateTimeOffset? GetProviderCooldown(string provider) => keys.For(provider).CoolingUntil(time.GetUtcNow());

    /// <summary>The model's health handle, created on first use; selection keeps these to read without lookups.</summary>
    internal ModelHealth GetModel(string modelId, string provider) =>
        _models.GetOrAdd(modelId, static (_, state) => state.Tracker.CreateModel(state.Provider), (Tracker: this, Provider: provider));

    // Each key's gone scope is named by its quota scope: the provider's name for its first key, so one-key providers keep theirs.
    private ModelHealth CreateModel(string provider)
    {
        var ring = keys.For(provider);
        var scopes = new GoneScope[ring.Count];
        for (var i = 0; i < scopes.Length; i++)
        {
            scopes[i] = gone.Scope(ring[i].QuotaScope);
        }

        return new(ring, scopes, _options, time);
    }

    private void RecordGoneRefusal(ModelHealth model, UpstreamFailure failure, ProviderKey? key)
    {
        var ring = model.Keys;
        for (var i = 0; i < ring.Count; i++)
        {
            if (key is null || ReferenceEquals(ring[i], key))
            {
                gone.RecordFailure(model.GoneOf(ring[i]), failure);
            }
        }
    }

    private void CoolDown(ModelHealth model, string modelId, string provider, DateTimeOffset until)
    {
        model.Cooldown.Extend(until);
        model.MarkChanged();
        CooledDown?.Invoke(new CooldownNotice(modelId, provider, CooldownScope.Model, until));
    }

    private void CoolDown(ModelHealth model, string modelId, ProviderKey key, DateTimeOffset until)
    {
        key.Cooldown.Extend(until);
        model.MarkChanged();
        CooledDown?.Invoke(new CooldownNotice(modelId, key.Provider, CooldownScope.Provider, until, key.Number));
    }
}
