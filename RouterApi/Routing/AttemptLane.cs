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
    private const int LimitRunning = 0;
    private const int LimitStopped = 1;
    private const int LimitReached = 2;
    private static readonly Task<bool> FirstByteCame = Task.FromResult(true);
    private readonly AttemptRace _race;
    private readonly CancellationTokenSource _cancellation;
    private readonly CancellationToken _routerStopped;
    // Its one waiter (the request's hedge check) runs on at once, on the attempt's thread, up to waiting for the outcome: no hop.
    // Dropped once the first byte came, so a stream that runs for minutes holds none.
    private TaskCompletionSource<bool>? _firstByte = new();
    private ITimer? _overdue;
    private ITimer? _timeLimit;
    private int _state;
    private int _limitState;

    /// <param name="routerStopped">Cancelled when the router's stop gives up the attempts still waiting (<see cref="RouterStopSignal"/>).</param>
    public AttemptLane(AttemptRace race, CancellationToken requestAborted, CancellationToken routerStopped = default)
    {
        _race = race;
        _routerStopped = routerStopped;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, routerStopped);
    }

    /// <summary>
    /// Cancelled when the client goes away, when the lane is abandoned, when its upstream is stopped (<see cref="CancelUpstream"/>),
    /// or when the router's stop gives it up (<see cref="RouterStopped"/>).
    /// </summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The router's stop gave the attempt up: however it ended, that is why, not the model.</summary>
    public bool RouterStopped => _routerStopped.IsCancellationRequested;

    /// <summary>
    /// Completes with true at the first upstream byte (the first chunk of a stream, the response headers of an answer not
    /// streamed) or when the attempt ended without one; with false when <see cref="FirstByteWithin"/>'s due time passed first.
    /// </summary>
    public Task<bool> FirstByte => Volatile.Read(ref _firstByte)?.Task ?? FirstByteCame;

    /// <summary>The lane's <see cref="LimitTime"/> passed before <see cref="StopTimeLimit"/>: that is what cancelled <see cref="Token"/>.</summary>
    public bool TimedOut => Volatile.Read(ref _limitState) == LimitReached;

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
    /// Cancels <see cref="Token"/> once <paramref name="limit"/> has passed (at once when it has already), unless
    /// <see cref="StopTimeLimit"/> came first; <see cref="TimedOut"/> then tells it from the client's leaving or the lane's losing.
    /// A later call moves the deadline. The lane's one token source and one timer are all an attempt's time limit costs.
    /// </summary>
    public void LimitTime(TimeSpan limit, TimeProvider time)
    {
        if (limit <= TimeSpan.Zero)
        {
            ReachLimit();
        }
        else if (_timeLimit is { } timer)
        {
            timer.Change(limit, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timeLimit = time.CreateTimer(static lane => ((AttemptLane)lane!).ReachLimit(), this, limit, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// Ends the time limit (a stream's first token came: it may now run as long as the model generates): false when the limit was
    /// reached first, so <see cref="Token"/> is cancelled and the attempt timed out. A timer that fires after this cancels nothing.
    /// </summary>
    public bool StopTimeLimit()
    {
        Interlocked.Exchange(ref _timeLimit, null)?.Dispose();
        return Interlocked.CompareExchange(ref _limitState, LimitStopped, LimitRunning) != LimitReached;
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
        Interlocked.Exchange(ref _timeLimit, null)?.Dispose();
        _cancellation.Dispose();
    }

    // A lane already cancelled (abandoned, or its client gone) did not time out: its attempt ends for that reason, not as too slow.
    private void ReachLimit()
    {
        if (!_cancellation.IsCancellationRequested && Interlocked.CompareExchange(ref _limitState, LimitReached, LimitRunning) == LimitRunning)
        {
            CancelUpstream();
        }
    }
}
