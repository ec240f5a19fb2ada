namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// One scope's run of refusals and whether it is gone. Selection reads it lock-free; only refusals, the first success after
/// them, and shared state take its lock.
/// </summary>
internal sealed class GoneScope(string name)
{
    private readonly Lock _gate = new();
    private GoneStatus? _gone;
    private long _nextProbeTicks;
    private long _firstRefusalTicks;
    private int _refusals;

    public string Name => name;

    public GoneStatus? Status => Volatile.Read(ref _gone);

    /// <summary>Not gone, or gone with a probe due.</summary>
    public bool AllowsRequest(DateTimeOffset now) => Volatile.Read(ref _gone) is null || now.UtcTicks >= Volatile.Read(ref _nextProbeTicks);

    /// <summary>True when not gone; when gone, true for the one caller that takes the due probe (the next is due an interval later).</summary>
    public bool TryClaimProbe(DateTimeOffset now, TimeSpan interval)
    {
        if (Volatile.Read(ref _gone) is null)
        {
            return true;
        }

        var due = Volatile.Read(ref _nextProbeTicks);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref _nextProbeTicks, (now + interval).UtcTicks, due) == due;
    }

    /// <summary>Counts a refusal; returns the new status when it makes the scope gone (enough of them over the window).</summary>
    public GoneStatus? RecordRefusal(DateTimeOffset now, GoneOptions options, string message, int? statusCode)
    {
        lock (_gate)
        {
            if (_gone is not null)
            {
                return null;
            }

            if (_refusals == 0)
            {
                _firstRefusalTicks = now.UtcTicks;
            }

            _refusals++;
            if (_refusals < options.MinFailures || now.UtcTicks - _firstRefusalTicks < options.Window.Ticks)
            {
                return null;
            }

            var gone = new GoneStatus(name, now, message) { StatusCode = statusCode };
            Volatile.Write(ref _nextProbeTicks, (now + options.ProbeInterval).UtcTicks);
            Volatile.Write(ref _gone, gone);
            return gone;
        }
    }

    /// <summary>Ends any run of refusals; true when the scope was gone and is back.</summary>
    public bool RecordSuccess()
    {
        if (Volatile.Read(ref _refusals) == 0 && Volatile.Read(ref _gone) is null)
        {
            return false;
        }

        lock (_gate)
        {
            _refusals = 0;
            return Interlocked.Exchange(ref _gone, null) is not null;
        }
    }

    /// <summary>Takes the state all replicas share: gone (with its first probe an interval after it went) or not.</summary>
    public void Apply(GoneStatus? shared, DateTimeOffset now, TimeSpan probeInterval)
    {
        lock (_gate)
        {
            var current = _gone;
            if (shared is null)
            {
                _refusals = 0;
                Volatile.Write(ref _gone, null);
                return;
            }

            if (current is null || current.Since != shared.Since)
            {
                var due = shared.Since + probeInterval;
                Volatile.Write(ref _nextProbeTicks, (due > now ? due : now).UtcTicks);
            }

            Volatile.Write(ref _gone, shared);
        }
    }
}
