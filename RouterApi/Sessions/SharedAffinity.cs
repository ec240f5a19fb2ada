using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Sessions;

/// <summary>
/// Conversations' models and keys shared by every replica: <c>ar:affinity:{conversation}</c> holds an <see cref="AffinityValue"/>
/// and expires <see cref="AffinityOptions.Window"/> after it was last written (the expiry in the value is the router's clock's). A read waits no longer than the <see cref="RedisBudget"/>, a write is not waited for;
/// when Redis fails the replica goes on with the conversations it remembers itself.
/// </summary>
internal sealed partial class SharedAffinity(IConnectionMultiplexer redis, RedisBudget budget, IOptions<AffinityOptions> options, ILogger<SharedAffinity> logger)
{
    private readonly TimeSpan _window = options.Value.Window;

    /// <summary>The model and key another replica (or this one) stuck the conversation to and until when, or null when none did or Redis failed.</summary>
    public async ValueTask<(AffinityTarget Target, long ExpiresAtTicks)?> FindAsync(ulong conversation)
    {
        try
        {
            return AffinityValue.Parse((string?)await budget.WithinAsync(redis.GetDatabase().StringGetAsync(RedisKeys.Affinity(conversation))));
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogUnavailable(logger, ex.GetType().Name);
            return null;
        }
    }

    /// <summary>
    /// Sends the conversation's model and key to Redis without waiting for the reply: the command leaves before the answer does,
    /// so the conversation's next turn finds it on any replica, and no request waits a round trip for it. Lost when Redis is away.
    /// </summary>
    public void Stick(ulong conversation, AffinityTarget target, long expiresAtTicks)
    {
        if (!redis.IsConnected)
        {
            return;
        }

        try
        {
            redis.GetDatabase().StringSet(RedisKeys.Affinity(conversation), AffinityValue.Format(target, expiresAtTicks), _window, flags: CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogUnavailable(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sticky sessions go on without Redis for this request ({Failure})")]
    private static partial void LogUnavailable(ILogger logger, string failure);
}
