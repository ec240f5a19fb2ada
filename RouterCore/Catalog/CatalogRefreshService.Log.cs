using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterCore.Catalog;

public sealed partial class CatalogRefreshService
{
    [LoggerMessage(1, LogLevel.Information, "Catalog of {Provider}: {Count} free models")]
    private partial void LogFetched(string provider, int count);

    [LoggerMessage(2, LogLevel.Warning, "Catalog of {Provider} could not be fetched; keeping its last good models")]
    private partial void LogFetchFailed(Exception exception, string provider);

    [LoggerMessage(3, LogLevel.Information, "Model {ModelId} from {Provider} appeared in the pool")]
    private partial void LogAppeared(string modelId, string provider);

    [LoggerMessage(4, LogLevel.Information, "Model {ModelId} from {Provider} disappeared from the pool")]
    private partial void LogDisappeared(string modelId, string provider);
}
