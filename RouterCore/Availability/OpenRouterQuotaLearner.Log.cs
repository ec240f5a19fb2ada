using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterCore.Availability;

public sealed partial class OpenRouterQuotaLearner
{
    [LoggerMessage(1, LogLevel.Information, "Daily quota of {ProviderKey} is now {RequestsPerDay} (its key endpoint says {Learned})")]
    private partial void LogLearned(string providerKey, int requestsPerDay, int learned);

    [LoggerMessage(2, LogLevel.Warning, "The key endpoint of {ProviderKey} answered {Status} without the account's tier; its daily quota stays as it was")]
    private partial void LogUnreadable(string providerKey, int status);

    [LoggerMessage(3, LogLevel.Warning, "The key endpoint of {ProviderKey} could not be reached; its daily quota stays as it was")]
    private partial void LogFailed(Exception exception, string providerKey);

    [LoggerMessage(4, LogLevel.Warning, "The learned daily quota of {ProviderKey} could not be shared in Redis; the portal shows the configured one until it can")]
    private partial void LogNotPublished(Exception exception, string providerKey);
}
