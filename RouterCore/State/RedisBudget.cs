using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Bounds a Redis call a request waits on to <see cref="RedisBudgetOptions.RequestPath"/> on the injected clock: past it the
/// caller gets a <see cref="TimeoutException"/> (a <see cref="RedisFailure"/>) and goes on without Redis, while the call
/// finishes or fails on its own, observed so that its late failure is not reported as unobserved.
/// </summary>
public sealed class RedisBudget(IOptions<RedisBudgetOptions> options, TimeProvider time)
{
    private readonly TimeSpan _limit = options.Value.RequestPath;

    public TimeSpan Limit => _limit;

    public Task<T> WithinAsync<T>(Task<T> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.IsCompleted ? call : WaitAsync(call);
    }

    public Task WithinAsync(Task call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.IsCompleted ? call : WaitAsync(call);
    }

    private async Task<T> WaitAsync<T>(Task<T> call)
    {
        try
        {
            return await call.WaitAsync(_limit, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Observe(call);
            throw;
        }
    }

    private async Task WaitAsync(Task call)
    {
        try
        {
            await call.WaitAsync(_limit, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Observe(call);
            throw;
        }
    }

    private static void Observe(Task call) =>
        call.ContinueWith(static late => _ = late.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
