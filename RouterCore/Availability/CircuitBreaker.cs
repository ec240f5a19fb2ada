namespace AspireRouter.RouterCore.Availability;

/// <summary>One model's circuit: closed → open after failures → half-open after the break (one trial) → closed or open again.</summary>
/// <remarks>Writes take a lock; <see cref="AllowsRequest"/> and <see cref="State"/> only read, for the selection hot path.</remarks>
internal sealed class CircuitBreaker(CircuitBreakerOptions options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly FailureWindow _failures = new(options);
    private int _state;
    private long _openUntilTicks;
    private long _trialStartedTicks;

    public CircuitState State => StateAt(time.GetUtcNow().UtcTicks);

    /// <summary>Closed, or half-open with no trial in flight (a trial older than the break counts as lost).</summary>
    public bool AllowsRequest(DateTimeOffset now)
    {
        var ticks = now.UtcTicks;
        return StateAt(ticks) switch
        {
            CircuitState.Closed => true,
            CircuitState.HalfOpen => IsTrialFree(ticks),
            _ => false,
        };
    }

    /// <summary>Claims the right to send: always when closed, once per trial when half-open.</summary>
    public bool TryAcquire()
    {
        var ticks = time.GetUtcNow().UtcTicks;
        if (StateAt(ticks) == CircuitState.Closed)
        {
            return true;
        }

        lock (_gate)
        {
            var state = StateAt(ticks);
            if (state != CircuitState.HalfOpen || !IsTrialFree(ticks))
            {
                return state == CircuitState.Closed;
            }

            Volatile.Write(ref _trialStartedTicks, ticks);
            Volatile.Write(ref _state, (int)CircuitState.HalfOpen);
            return true;
        }
    }

    public void RecordSuccess()
    {
        var ticks = time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            var state = StateAt(ticks);
            if (state == CircuitState.HalfOpen)
            {
                Close();
            }
            else if (state == CircuitState.Closed)
            {
                _failures.RecordSuccess(ticks);
            }
        }
    }

    public void RecordFailure()
    {
        var ticks = time.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            var state = StateAt(ticks);
            if (state == CircuitState.HalfOpen)
            {
                Open(ticks);
            }
            else if (state == CircuitState.Closed)
            {
                _failures.RecordFailure(ticks);
                if (_failures.ShouldOpen)
                {
                    Open(ticks);
                }
            }
        }
    }

    private CircuitState StateAt(long ticks)
    {
        var state = (CircuitState)Volatile.Read(ref _state);
        return state == CircuitState.Open && ticks >= Volatile.Read(ref _openUntilTicks) ? CircuitState.HalfOpen : state;
    }

    private bool IsTrialFree(long ticks)
    {
        var started = Volatile.Read(ref _trialStartedTicks);
        return started == 0 || ticks - started >= options.BreakDuration.Ticks;
    }

    private void Open(long ticks)
    {
        Volatile.Write(ref _openUntilTicks, ticks + options.BreakDuration.Ticks);
        Volatile.Write(ref _trialStartedTicks, 0);
        Volatile.Write(ref _state, (int)CircuitState.Open);
        _failures.Reset();
    }

    private void Close()
    {
        Volatile.Write(ref _trialStartedTicks, 0);
        Volatile.Write(ref _state, (int)CircuitState.Closed);
        _failures.Reset();
    }
}
