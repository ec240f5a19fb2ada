using AspireRouter.RouterApi.Images;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Tests.Images;

public sealed class ImageTranscodeGateTests
{
    [Fact]
    public async Task TranscodesBeyondTheLimit_WaitForAFreeSlot()
    {
        using var gate = new ImageTranscodeGate(Options.Create(new ImagesOptions { MaxConcurrentTranscodes = 2 }));
        using var entered = new CountdownEvent(2);
        using var release = new ManualResetEventSlim();
        var finished = 0;
        int Transcode()
        {
            entered.Signal();
            release.Wait(TestContext.Current.CancellationToken);
            return Interlocked.Increment(ref finished);
        }

        var first = Task.Run(() => gate.RunAsync(Transcode, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var second = Task.Run(() => gate.RunAsync(Transcode, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        entered.Wait(TestContext.Current.CancellationToken);
        var third = gate.RunAsync(() => Volatile.Read(ref finished), TestContext.Current.CancellationToken);

        Assert.False(third.IsCompleted);
        release.Set();
        await Task.WhenAll(first, second, third);
        Assert.InRange(await third, 1, 2);
    }
}
