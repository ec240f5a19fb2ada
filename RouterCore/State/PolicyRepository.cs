using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// The routing policy in Redis (<c>ar:policy</c>, <c>ar:blocked</c>) over the configured defaults. Every write is
/// validated, announced as <see cref="RouterEvents.Policy"/> on <c>ar:events</c>, and audited.
/// </summary>
public sealed class PolicyRepository(
    IConnectionMultiplexer redis,
    IOptions<RoutingPolicy> defaults,
    IEnumerable<ICandidateSelector> selectors,
    RouterEventPublisher events,
    AuditLog audit)
{
    /// <summary>The largest weight an operator may give (weights are relative; 1 is the default).</summary>
    public const double MaxWeight = 100;

    private readonly RoutingPolicyValidator _validator = new();

    /// <summary>The strategy names a policy may use.</summary>
    public IReadOnlyList<string> Strategies { get; } = [.. selectors.Select(selector => selector.Name).Order(StringComparer.Ordinal)];

    public RoutingPolicy Defaults => defaults.Value;

    public async Task<RoutingPolicy> LoadAsync()
    {
        var database = redis.GetDatabase();
        var fields = database.HashGetAllAsync(RedisKeys.Policy);
        var blocked = database.SetMembersAsync(RedisKeys.Blocked);
        return PolicyHash.Merge(defaults.Value, await fields.ConfigureAwait(false), await blocked.ConfigureAwait(false));
    }

    public async Task<ValidateOptionsResult> SaveWeightAsync(string modelId, double weight, AuditActor who)
    {
        if (string.IsNullOrWhiteSpace(modelId) || !double.IsFinite(weight) || weight is < 0 or > MaxWeight)
        {
            return ValidateOptionsResult.Fail($"A weight is a number from 0 to {MaxWeight}.");
        }

        await redis.GetDatabase().HashSetAsync(RedisKeys.Policy, RedisKeys.WeightField(modelId), PolicyHash.Format(weight)).ConfigureAwait(false);
        await AnnounceAsync(who, $"set the weight of {modelId} to {PolicyHash.Format(weight)}").ConfigureAwait(false);
        return ValidateOptionsResult.Success;
    }

    public async Task BlockAsync(string modelId, AuditActor who)
    {
        await redis.GetDatabase().SetAddAsync(RedisKeys.Blocked, modelId).ConfigureAwait(false);
        await AnnounceAsync(who, $"blocked {modelId}").ConfigureAwait(false);
    }

    /// <summary>Unblocks a model blocked in the portal; a model blocked in configuration stays blocked.</summary>
    public async Task UnblockAsync(string modelId, AuditActor who)
    {
        await redis.GetDatabase().SetRemoveAsync(RedisKeys.Blocked, modelId).ConfigureAwait(false);
        await AnnounceAsync(who, $"unblocked {modelId}").ConfigureAwait(false);
    }

    public async Task<ValidateOptionsResult> SaveSettingsAsync(PolicySettings settings, AuditActor who)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var candidate = await LoadAsync().ConfigureAwait(false) with
        {
            Strategy = settings.Strategy,
            AttemptBudget = settings.AttemptBudget,
            Deadline = settings.Deadline,
            MaxWaitForReset = settings.MaxWaitForReset,
        };
        var result = _validator.Validate(null, candidate);
        if (!Strategies.Contains(settings.Strategy, StringComparer.Ordinal))
        {
            result = ValidateOptionsResult.Fail([.. result.Failures ?? [], $"Routing:Strategy must be one of: {string.Join(", ", Strategies)}."]);
        }

        if (result.Failed)
        {
            return result;
        }

        await redis.GetDatabase().HashSetAsync(RedisKeys.Policy, PolicyHash.Entries(settings)).ConfigureAwait(false);
        await AnnounceAsync(who, $"set strategy {settings.Strategy}, attempt budget {settings.AttemptBudget}, deadline {PolicyHash.Format(settings.Deadline.TotalSeconds)} s, wait for reset {PolicyHash.Format(settings.MaxWaitForReset.TotalSeconds)} s").ConfigureAwait(false);
        return ValidateOptionsResult.Success;
    }

    private async Task AnnounceAsync(AuditActor who, string what)
    {
        await events.PublishAsync(RouterEvents.Policy).ConfigureAwait(false);
        await audit.AppendAsync(who, what).ConfigureAwait(false);
    }
}
