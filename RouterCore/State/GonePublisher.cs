using System.Threading.Channels;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Writes what this process's <see cref="GoneTracker"/> decides (a scope gone, a scope back) to <c>ar:gone</c> and announces it,
/// off the request path; a change Redis refused is logged and left to the next one.
/// </summary>
public sealed partial class GonePublisher(GoneTracker tracker, GoneRepository repository, ILogger<GonePublisher> logger) : BackgroundService
{
    private readonly Channel<(string Scope, GoneStatus? Status)> _changes = Channel.CreateBounded<(string, GoneStatus?)>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        tracker.WentGone += OnWentGone;
        tracker.Returned += OnReturned;
        try
        {
            await foreach (var (scope, status) in _changes.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                // Redis commands take no token: while Redis is away one waits for its timeout, and a stop must not.
                await PublishAsync(scope, status).WaitAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        finally
        {
            tracker.WentGone -= OnWentGone;
            tracker.Returned -= OnReturned;
        }
    }

    private void OnWentGone(GoneStatus status) => _changes.Writer.TryWrite((status.Scope, status));

    private void OnReturned(string scope) => _changes.Writer.TryWrite((scope, null));

    private async Task PublishAsync(string scope, GoneStatus? status)
    {
        try
        {
            await (status is null ? repository.RemoveAsync(scope) : repository.WriteAsync(status)).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            LogPublishFailed(exception, scope);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Could not share through Redis that {Scope} is gone or back")]
    private partial void LogPublishFailed(Exception exception, string scope);
}
