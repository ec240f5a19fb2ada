using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Passive health of every model and provider, fed by the outcomes of real requests; reads are lock-free.</summary>
public sealed class AvailabilityTracker(IOptions<AvailabilityOptions> options, IQuotaCounter quota, TimeProvider time)
{
    private readonly AvailabilityOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ModelHealth> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Cooldown> _providerCooldowns = new(StringComparer.Ordinal);

    /// <summary>Call right before sending: false when the model is cooling, its circuit refuses, or a quota is spent.</summary>
    public bool TryBeginAttempt(string modelId, string provider)
    {
        var model = GetModel(modelId, provider);
        if (!model.IsAvailable(time.GetUtcNow()))
        {
            return false;
        }

        var acquired = quota.TryAcquire(provider, modelId, out var status);
        if (status.IsSpent)
        {
            CoolDown(model, status.Scope, status.ResetsAt);
        }

        return acquired && model.Circuit.TryAcquire();
    }

    public void RecordSuccess(string modelId, string provider, TimeSpan timeToFirstToken)
    {
        var model = GetModel(modelId, provider);
        model.RecordSuccess(timeToFirstToken);
        model.ProviderCooldown.ResetStreak();
    }

    public void RecordFailure(string modelId, string provider, UpstreamFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.IsRequestFault)
        {
            return;
        }

        var model = GetModel(modelId, provider);
        if (failure.CoolsDown)
        {
            var cooldown = failure.Scope == CooldownScope.Provider ? model.ProviderCooldown : model.Cooldown;
            var streak = cooldown.NextStreak();
            CoolDown(model, failure.Scope, failure.CooldownUntil ?? time.GetUtcNow() + _options.DefaultCooldownFor(streak));
        }

        model.RecordFailure(failure);
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
        new(_providerCooldowns.GetOrAdd(provider, static _ => new Cooldown()), _options, time);

    private static void CoolDown(ModelHealth model, CooldownScope scope, DateTimeOffset until) =>
        (scope == CooldownScope.Provider ? model.ProviderCooldown : model.Cooldown).Extend(until);
}
