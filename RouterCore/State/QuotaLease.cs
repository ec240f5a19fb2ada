using AspireRouter.RouterCore.Availability;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// One shared quota (a provider's or one model's requests per minute or per day) as this replica spends it: reserved from
/// the Redis counter in blocks of 1% of the limit and taken here, so a large quota costs a round trip per block rather than
/// per request. Quotas under 200 use blocks of one and stay exact. What a replica reserved and did not use by the window's
/// end (at most a block) is lost to it; the replicas together never exceed the limit.
/// </summary>
internal sealed class QuotaLease(string key, int limit, TimeSpan length, CooldownScope scope)
{
    private const int BlocksPerWindow = 100;
    private readonly int _block = Math.Max(1, limit / BlocksPerWindow);
    private QuotaReservation _current = new(long.MinValue);

    public CooldownScope Scope => scope;

    /// <summary>Takes one request of the window <paramref name="now"/> falls in, reserving more from Redis when none is left.</summary>
    /// <returns>Whether a request was taken, and whether the quota is spent now (no further request fits the window).</returns>
    public async ValueTask<(bool Taken, bool Spent)> TakeAsync(IDatabase database, DateTimeOffset now)
    {
        var reservation = ReservationFor(QuotaWindow.StartOf(now, length).UtcTicks);
        while (true)
        {
            if (reservation.TryTake(out var wasLast))
            {
                return (true, wasLast && reservation.Drained);
            }

            if (reservation.Drained)
            {
                return (false, true);
            }

            await reservation.ReserveAsync(database, key, limit, _block, now, ResetsAt(now)).ConfigureAwait(false);
        }
    }

    /// <summary>Returns a request taken at <paramref name="now"/> for an attempt another quota refused.</summary>
    public void GiveBack(DateTimeOffset now) => ReservationFor(QuotaWindow.StartOf(now, length).UtcTicks).GiveBack();

    public DateTimeOffset ResetsAt(DateTimeOffset now) => QuotaWindow.EndOf(now, length);

    // A new window starts with nothing reserved; whichever request sees it first installs it.
    private QuotaReservation ReservationFor(long windowStartTicks)
    {
        var current = Volatile.Read(ref _current);
        while (current.WindowStartTicks < windowStartTicks)
        {
            var started = new QuotaReservation(windowStartTicks);
            var seen = Interlocked.CompareExchange(ref _current, started, current);
            current = ReferenceEquals(seen, current) ? started : seen;
        }

        return current;
    }
}
