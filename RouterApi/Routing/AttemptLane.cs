using System.Diagnostics;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// One attempt of a request's race: it says when its first byte came, claims the client's response before writing any of it,
/// and is cancelled when another attempt answered first or it was given up as overdue.
/// </summary>
internal sealed class AttemptLane : IDisposable
{
    private const int Running = 0;
    private const int Won = 1;
    private const int Abandoned = 2;
    private static readonly Task<bool> FirstByteCame = Task.FromResult(true);
    private readonly AttemptRace _race;
    private readonly CancellationTokenSource _cancellation;
    // Its one waiter (the request's hedge check) runs on at once, on the attempt's thread, up to waiting for the outcome: no hop.
    // Dropped once the first byte came, so a stream that runs for minutes holds none.
    private TaskCompletionSource<bool>? _firstByte = new();
    private ITimer? _overdue;
    private int _state;

    public AttemptLane(AttemptRace race, CancellationToken requestAborted)
    {
        _race = race;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
    }

    /// <summary>Cancelled when the client goes away, when the lane is abandoned, or when its upstream is stopped (<see cref="CancelUpstream"/>).</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>
    /// Completes with true at the first upstream byte (the first chunk of a stream, the response headers of an answer not
    /// streamed) or when the attempt ended without one; with false when <see cref="FirstByteWithin"/>'s due time passed first.
    /// </summary>
    public Task<bool> FirstByte => Volatile.Read(ref _firstByte)?.Task ?? FirstByteCame;

    /// <summary>Abandoned, or still running while another attempt has claimed the response: whatever it meets now, it lost.</summary>
    public bool HasLost => Volatile.Read(ref _state) switch
    {
        Abandoned => true,
        Running => _race.Committed.IsCompleted,
        _ => false,
    };

    /// <summary>The attempt's GenAI client span, when one is recorded: the attempt tags it with what it reads of request and answer.</summary>
    public Activity? Span { get; set; }

    public void MarkFirstByte()
    {
        if (Volatile.Read(ref _firstByte) is not { } firstByte)
        {
            return;
        }

        if (firstByte.TrySetResult(true))
        {
            Interlocked.Exchange(ref _overdue, null)?.Dispose();
        }

        // Came in time: every later reader sees the same answer in the shared completed task. An overdue one keeps its false.
        if (firstByte.Task.Result)
        {
            Interlocked.CompareExchange(ref _firstByte, null, firstByte);
        }
    }

    /// <summary>The attempt ended, served or not: whoever waits for its first byte waits no longer.</summary>
    public void MarkEnded() => MarkFirstByte();

    /// <summary>
    /// <see cref="FirstByte"/>, completing with false once <paramref name="due"/> has passed without a first byte: one timer, stopped
    /// at the first byte, is all a hedge's wait costs.
    /// </summary>
    public Task<bool> FirstByteWithin(TimeSpan due, TimeProvider time)
    {
        if (Volatile.Read(ref _firstByte) is not { } firstByte)
        {
            return FirstByteCame;
        }

        var timer = time.CreateTimer(static lane => Volatile.Read(ref ((AttemptLane)lane!)._firstByte)?.TrySetResult(false), this, due, Timeout.InfiniteTimeSpan);
        Volatile.Write(ref _overdue, timer);
        if (firstByte.Task.IsCompleted)
        {
            Interlocked.Exchange(ref _overdue, null)?.Dispose();
        }

        return firstByte.Task;
    }

    /// <summary>
    /// Claims the client's response for this attempt: the number of attempts to report in <c>x-router-attempts</c>, or null when
    /// another attempt answered first (or this one was abandoned): then nothing may be written.
    /// </summary>
    public int? TryCommit()
    {
        MarkFirstByte();
        if (Interlocked.CompareExchange(ref _state, Won, Running) != Running)
        {
            return null;
        }

        var attempts = _race.TryCommit();
        if (attempts > 0)
        {
            return attempts;
        }

        Volatile.Write(ref _state, Abandoned);
        return null;
    }

    /// <summary>Cancels the attempt unless it has already claimed the response; its upstream request is aborted.</summary>
    public void Abandon()
    {
        if (Interlocked.CompareExchange(ref _state, Abandoned, Running) == Running)
        {
            CancelUpstream();
        }
    }

    /// <summary>
    /// Cancels <see cref="Token"/> whatever the lane's state: its upstream reads stop, as when an answer it is streaming went idle.
    /// The response it claimed stays the client's, written under the request's own token.
    /// </summary>
    public void CancelUpstream()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The attempt has ended (a timer that fired as it did, a hedge given up after it): nothing is left to stop.
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _overdue, null)?.Dispose();
        _cancellation.Dispose();
    }
}
