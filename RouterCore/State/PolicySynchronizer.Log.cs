using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterCore.State;

public sealed partial class PolicySynchronizer
{
    [LoggerMessage(1, LogLevel.Information, "Routing policy loaded from Redis: {Weights} weights, {Blocked} blocked models")]
    private partial void LogReloaded(int weights, int blocked);
}
