using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// What counts as Redis failing rather than a bug: unreachable or refusing (<see cref="RedisException"/>, including
/// <see cref="RedisConnectionException"/>), slow (<see cref="RedisTimeoutException"/>, which is a <see cref="TimeoutException"/>
/// and not a <see cref="RedisException"/>, or a <see cref="RedisBudget"/> running out), or closing under a stop
/// (<see cref="ObjectDisposedException"/> of the multiplexer). Every caller falls back or logs and carries on.
/// </summary>
public static class RedisFailure
{
    public static bool Is(Exception exception) =>
        exception is RedisException or TimeoutException or ObjectDisposedException;
}
