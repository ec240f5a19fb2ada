using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterCore.Availability;

public sealed partial class OpenRouterQuotaLearner
{
    [LoggerMessage(1, LogLevel.Information, "Daily quota of {Provider} is now {RequestsPerDay} (its key endpoint says {Learned})")]
    private partial void LogLearned(string provider, int requestsPerDay, int learned);

    [LoggerMessage(2, LogLevel.Warning, "The key endpoint of {Provider} answered {Status} without the account's tier; its daily quota stays as it was")]
    private partial void LogUnreadable(string provider, int status);

    [LoggerMessage(3, LogLevel.Warning, "The key endpoint of {Provider} could not be reached; its daily quota stays as it was")]
    private partial void LogFailed(Exception exception, string provider);

    [LoggerMessage(4, LogLevel.Warning, "The learned daily quota of {Provider} could not be shared in Redis; the portal shows the configured one until it can")]
    private partial void LogNotPublished(Exception exception, string provider);
}
