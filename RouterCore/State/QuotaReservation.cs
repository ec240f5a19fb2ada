using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// The requests of one window instance (one minute, one UTC day) of a shared quota that this replica reserved in Redis and
/// has not spent yet. Taking one is a compare-and-swap; reserving more is one <c>INCRBY</c> at a time (a single flight),
/// queued in the request's <see cref="QuotaRefill"/> with those of its other windows, so concurrent requests never reserve
/// more than they go on to use, and while Redis stalls at most one is outstanding.
/// </summary>
internal sealed class QuotaReservation(long windowStartTicks, string key)
{
    private readonly Lock _gate = new();
    private long _left;
    private long _counted;
    private volatile bool _drained;
    private Task? _refill;

    public long WindowStartTicks => windowStartTicks;

    /// <summary>Whether the shared quota is used up for this window: nothing more can be reserved.</summary>
    public bool Drained => _drained;

    /// <summary>Takes one reserved request, if any is left; <paramref name="wasLast"/> says whether none is left after it.</summary>
    public bool TryTake(out bool wasLast)
    {
        var left = Volatile.Read(ref _left);
        while (left > 0)
        {
            var seen = Interlocked.CompareExchange(ref _left, left - 1, left);
            if (seen == left)
            {
                wasLast = left == 1;
                return true;
            }

            left = seen;
        }

        wasLast = false;
        return false;
    }

    /// <summary>What the shared counter had left after this replica's last reservation, plus what this replica has not spent.</summary>
    public long Remaining(int limit) => Math.Max(0, limit - Volatile.Read(ref _counted)) + Volatile.Read(ref _left);

    /// <summary>Gives back a request taken for an attempt that another window refused.</summary>
    public void GiveBack() => Interlocked.Increment(ref _left);

    /// <summary>
    /// Queues a reservation of up to <paramref name="block"/> more requests in <paramref name="refill"/>, or joins the one
    /// already under way (a single flight); nothing when requests are left or the window is drained.
    /// </summary>
    /// <param name="resetsIn">How long until the window ends: the counter's expiry, set with every increment.</param>
    /// <returns>The reservation, done once its transaction is executed and its answer applied.</returns>
    public Task Reserve(QuotaRefill refill, int limit, int block, TimeSpan resetsIn)
    {
        lock (_gate)
        {
            if (Volatile.Read(ref _left) > 0 || _drained)
            {
                return Task.CompletedTask;
            }

            if (_refill is null || _refill.IsCompleted)
            {
                _refill = ApplyAsync(refill.IncrementAsync(key, block, resetsIn), limit, block);
            }

            return _refill;
        }
    }

    /// <summary>
    /// Keeps at most <paramref name="remaining"/> of this replica's unspent requests and raises the shared counter to what the
    /// upstream counted plus what this replica still holds, never lowering it: a conditional SET, retried when another replica
    /// moved the counter in between. The correction is this window's reservation in flight (after the one under way, if any),
    /// so a request of this replica that needs more waits for it rather than incrementing the counter it is about to set.
    /// </summary>
    public Task CorrectAsync(IDatabase database, int limit, long remaining, TimeSpan resetsIn)
    {
        lock (_gate)
        {
            _refill = SetAtLeastAsync(_refill, database, limit, remaining, resetsIn);
            return _refill;
        }
    }

    private async Task SetAtLeastAsync(Task? underWay, IDatabase database, int limit, long remaining, TimeSpan resetsIn)
    {
        if (underWay is { IsCompleted: false })
        {
            await underWay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        var held = KeepAtMost(remaining);
        var target = Math.Max(0, limit - remaining) + held;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await database.StringGetAsync(key).ConfigureAwait(false);
            var counted = current.TryParse(out long value) ? value : 0;
            if (counted >= target)
            {
                Raise(limit, counted);
                return;
            }

            var transaction = database.CreateTransaction();
            transaction.AddCondition(current.IsNull ? Condition.KeyNotExists(key) : Condition.StringEqual(key, current));
            _ = transaction.StringSetAsync(key, target, resetsIn);
            if (await transaction.ExecuteAsync().ConfigureAwait(false))
            {
                Raise(limit, target);
                return;
            }
        }
    }

    private long KeepAtMost(long remaining)
    {
        var left = Volatile.Read(ref _left);
        while (left > remaining)
        {
            var seen = Interlocked.CompareExchange(ref _left, remaining, left);
            if (seen == left)
            {
                return remaining;
            }

            left = seen;
        }

        return left;
    }

    private void Raise(int limit, long counted)
    {
        long seen;
        do
        {
            seen = Volatile.Read(ref _counted);
        }
        while (counted > seen && Interlocked.CompareExchange(ref _counted, counted, seen) != seen);

        if (counted >= limit)
        {
            _drained = true;
        }
    }

    private async Task ApplyAsync(Task<long> increment, int limit, int block)
    {
        var total = await increment.ConfigureAwait(false);

        // Granted before drained is said, so a request that finds the reservation drained knows nothing more is coming.
        Interlocked.Add(ref _left, Math.Clamp(limit - (total - block), 0, block));
        Volatile.Write(ref _counted, total);
        _drained = total >= limit;
    }
}
