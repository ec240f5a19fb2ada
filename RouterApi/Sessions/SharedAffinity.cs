using System.Globalization;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>
/// Conversations' models shared by every replica: <c>ar:affinity:{conversation}</c> holds <c>{expiry in UTC ticks}:{model id}</c>
/// and expires <see cref="AffinityOptions.Window"/> after it was last written (the expiry in the value is the router's clock's). Each call waits no longer than the <see cref="RedisBudget"/>;
/// when Redis fails the replica goes on with the conversations it remembers itself.
/// </summary>
internal sealed partial class SharedAffinity(IConnectionMultiplexer redis, RedisBudget budget, IOptions<AffinityOptions> options, ILogger<SharedAffinity> logger)
{
    private readonly TimeSpan _window = options.Value.Window;

    /// <summary>The model another replica (or this one) stuck the conversation to and until when, or null when none did or Redis failed.</summary>
    public async ValueTask<(string ModelId, long ExpiresAtTicks)?> FindAsync(ulong conversation)
    {
        try
        {
            var value = (string?)await budget.WithinAsync(redis.GetDatabase().StringGetAsync(RedisKeys.Affinity(conversation)));
            var separator = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            return separator > 0 && separator < value!.Length - 1
                && long.TryParse(value.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                    ? (value[(separator + 1)..], expires)
                    : null;
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogUnavailable(logger, ex.GetType().Name);
            return null;
        }
    }

    public async Task StickAsync(ulong conversation, string modelId, long expiresAtTicks)
    {
        try
        {
            var value = string.Create(CultureInfo.InvariantCulture, $"{expiresAtTicks}:{modelId}");
            await budget.WithinAsync(redis.GetDatabase().StringSetAsync(RedisKeys.Affinity(conversation), value, _window));
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogUnavailable(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sticky sessions go on without Redis for this request ({Failure})")]
    private static partial void LogUnavailable(ILogger logger, string failure);
}
