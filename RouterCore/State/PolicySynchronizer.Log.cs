using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterCore.State;

public sealed partial class PolicySynchronizer
{
    [LoggerMessage(1, LogLevel.Information, "Routing policy loaded from Redis: {Weights} weights, {Blocked} blocked models")]
    private partial void LogReloaded(int weights, int blocked);

    [LoggerMessage(2, LogLevel.Warning, "Routing policy could not be read from Redis; keeping the current one")]
    private partial void LogReloadFailed(Exception exception);

    [LoggerMessage(3, LogLevel.Warning, "Could not subscribe to policy events; retrying after the next reconnect")]
    private partial void LogSubscribeFailed(Exception exception);
}
