using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// The model aliases an operator sets in the portal: <c>alias:{name}</c> fields of <c>ar:policy</c> over the configured ones.
/// Every write is validated against the published pool, announced as <see cref="RouterEvents.Policy"/>, and audited.
/// </summary>
public sealed class ModelAliasRepository(
    IConnectionMultiplexer redis,
    IOptions<RoutingPolicy> defaults,
    PolicyRepository policies,
    RouterEventPublisher events,
    AuditLog audit)
{
    /// <summary>The aliases in force, by name.</summary>
    public async Task<IReadOnlyList<ModelAlias>> ListAsync() => (await policies.LoadAsync().ConfigureAwait(false)).EffectiveAliases();

    /// <summary>
    /// Adds an alias or changes its target. Refused when the name is a model of the published pool (a client naming it gets that
    /// model) or the target is neither a virtual model nor a model of the pool.
    /// </summary>
    public async Task<ValidateOptionsResult> SaveAsync(ModelAlias alias, AuditActor who)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var database = redis.GetDatabase();
        var problem = ModelAliasRules.NameProblem(alias.Name) ?? ModelAliasRules.TargetProblem(alias.Target);
        if (problem is null && await database.HashExistsAsync(RedisKeys.Catalog, alias.Name).ConfigureAwait(false))
        {
            problem = $"'{alias.Name}' is a model of the pool: a client naming it always gets that model.";
        }

        if (problem is null && !VirtualModels.TryGetAdditions(alias.Target, out _) && !await database.HashExistsAsync(RedisKeys.Catalog, alias.Target).ConfigureAwait(false))
        {
            problem = $"'{alias.Target}' is neither a virtual model nor a model of the pool.";
        }

        if (problem is not null)
        {
            return ValidateOptionsResult.Fail(problem);
        }

        await database.HashSetAsync(RedisKeys.Policy, RedisKeys.AliasField(alias.Name), alias.Target).ConfigureAwait(false);
        await AnnounceAsync(who, $"set the alias {alias.Name} -> {alias.Target}").ConfigureAwait(false);
        return ValidateOptionsResult.Success;
    }

    /// <summary>Removes an alias; one from configuration is overridden by an empty entry, so it stays removed after a restart.</summary>
    public async Task RemoveAsync(string name, AuditActor who)
    {
        var database = redis.GetDatabase();
        var field = RedisKeys.AliasField(name);
        if (defaults.Value.EffectiveAliases().Any(alias => alias.Name == name))
        {
            await database.HashSetAsync(RedisKeys.Policy, field, "").ConfigureAwait(false);
        }
        else
        {
            await database.HashDeleteAsync(RedisKeys.Policy, field).ConfigureAwait(false);
        }

        await AnnounceAsync(who, $"removed the alias {name}").ConfigureAwait(false);
    }

    private async Task AnnounceAsync(AuditActor who, string what)
    {
        await events.PublishAsync(RouterEvents.Policy).ConfigureAwait(false);
        await audit.AppendAsync(who, what).ConfigureAwait(false);
    }
}
