using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// One <c>MULTI</c>/<c>EXEC</c> that reserves for every window a request is short of at once: an <c>INCRBY</c> and an
/// <c>EXPIRE</c> per window counter, so a request costs one round trip however many windows it counts against. The
/// transaction is sent by <see cref="Execute"/>, which the request that built it calls as soon as every window is queued.
/// </summary>
internal sealed class QuotaRefill(IDatabase database)
{
    private readonly TaskCompletionSource _executed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ITransaction? _transaction;

    /// <summary>Queues a reservation of <paramref name="block"/> more requests from <paramref name="key"/>.</summary>
    /// <returns>The counter's value after the increment, once <see cref="Execute"/> sent the transaction.</returns>
    public async Task<long> IncrementAsync(string key, int block, TimeSpan resetsIn)
    {
        _transaction ??= database.CreateTransaction();
        var increment = _transaction.StringIncrementAsync(key, block);

        // The counter never exists without its expiry (and its key names its window anyway).
        _ = _transaction.KeyExpireAsync(key, resetsIn);

        // A failed EXEC is what the caller hears of; the queued command may then fail too, and is observed so it goes unreported.
        try
        {
            await _executed.Task.ConfigureAwait(false);
        }
        catch
        {
            _ = increment.ContinueWith(static late => _ = late.Exception, CancellationToken.None, TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        return await increment.ConfigureAwait(false);
    }

    /// <summary>
    /// Sends every queued reservation in one transaction (nothing when none was queued); its outcome reaches each queued
    /// reservation, so this never throws and leaves no task of its own to observe.
    /// </summary>
    public void Execute()
    {
        if (_transaction is null)
        {
            return;
        }

        try
        {
            _ = _transaction.ExecuteAsync().ContinueWith(
                static (exec, state) => Complete((TaskCompletionSource)state!, exec),
                _executed,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
        catch (Exception exception)
        {
            _executed.TrySetException(exception);
        }
    }

    private static void Complete(TaskCompletionSource executed, Task exec)
    {
        if (exec.Exception is { } failure)
        {
            executed.TrySetException(failure.InnerExceptions);
        }
        else if (exec.IsCanceled)
        {
            executed.TrySetCanceled();
        }
        else
        {
            executed.TrySetResult();
        }
    }
}
