using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// A fake clock for the router and the simulator together (<see cref="RouterTestHostOptions.SimulatorSharesClock"/>) that moves
/// by exactly each simulated latency once the simulator has begun waiting it out, so the router measures the latencies a test
/// set, however fast or busy the machine.
/// </summary>
/// <param name="latencies">The waits to pass: the times to first token and the gaps between tokens the test set, each as
/// the simulator waits it (<c>TimeSpan.FromMilliseconds(ms)</c>, <c>TimeSpan.FromSeconds(1 / tokensPerSecond)</c>); timers of
/// other lengths (the router's timeouts and periodic work) are left alone.</param>
internal sealed class LatencyClock(IEnumerable<TimeSpan> latencies) : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    private readonly HashSet<TimeSpan> _latencies = [.. latencies];
    private readonly Channel<TimeSpan> _begun = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (period == Timeout.InfiniteTimeSpan && _latencies.Contains(dueTime))
        {
            _begun.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>
    /// Passes each simulated wait as it begins until <paramref name="pending"/> completes. Waits begin one after another within
    /// a request, so a request sent alone is measured at exactly the latencies set for the model it reached.
    /// </summary>
    public async Task<T> PassUntilAsync<T>(Task<T> pending)
    {
        while (!pending.IsCompleted)
        {
            await Task.WhenAny(pending, _begun.Reader.WaitToReadAsync(TestContext.Current.CancellationToken).AsTask());
            while (_begun.Reader.TryRead(out var wait))
            {
                Advance(wait);
            }
        }

        return await pending;
    }
}
