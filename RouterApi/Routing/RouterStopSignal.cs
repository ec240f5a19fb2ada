using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// The router's stop, as the requests still waiting for an upstream answer meet it. Once the host begins to stop they have half
/// of its drain (<see cref="HostOptions.ShutdownTimeout"/>) for their answers to come; then <see cref="Token"/> is cancelled, the
/// attempts it is linked to end (<see cref="AttemptLane"/>), and each request is answered 503 <c>router_stopping</c> with
/// <c>Retry-After</c> in the drain's other half, instead of meeting a connection reset when the drain runs out.
/// </summary>
internal sealed class RouterStopSignal : IDisposable
{
    private readonly CancellationTokenSource _stopped = new();
    private readonly CancellationTokenRegistration _stopping;
    private readonly TimeSpan _grace;
    private readonly TimeProvider _time;
    private ITimer? _timer;

    public RouterStopSignal(IHostApplicationLifetime lifetime, IOptions<HostOptions> host, TimeProvider time)
    {
        _grace = host.Value.ShutdownTimeout / 2;
        _time = time;
        _stopping = lifetime.ApplicationStopping.UnsafeRegister(static signal => ((RouterStopSignal)signal!).BeginStop(), this);
    }

    /// <summary>Cancelled when the requests still waiting for an answer must give up and tell their clients to come back.</summary>
    public CancellationToken Token => _stopped.Token;

    /// <summary>Whether <see cref="Token"/> has been cancelled: what a request's attempt ended for is then the router's stop.</summary>
    public bool Stopped => _stopped.IsCancellationRequested;

    public void Dispose()
    {
        _stopping.Dispose();
        Interlocked.Exchange(ref _timer, null)?.Dispose();
        _stopped.Dispose();
    }

    private void BeginStop() =>
        Volatile.Write(ref _timer, _time.CreateTimer(static signal => ((RouterStopSignal)signal!).Stop(), this, _grace, Timeout.InfiniteTimeSpan));

    private void Stop()
    {
        try
        {
            _stopped.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The host was disposed as the timer fired: no request is left to stop.
        }
    }
}
