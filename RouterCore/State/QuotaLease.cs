using AspireRouter.RouterCore.Availability;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// One shared quota (a provider's or one model's requests per minute or per day) as this replica spends it: reserved from
/// the Redis counter of the current window instance (<paramref name="keyOf"/> its start) in blocks of 1% of the limit and
/// taken here, so a large quota costs a round trip per block rather than per request. Quotas under 200, and any quota of a
/// provider that counts exactly (<see cref="Providers.QuotaOptions.CountExactly"/>), use blocks of one and stay exact. What a
/// replica reserved and did not use by the window's end (at most a block) is lost to it; the replicas together never exceed
/// the limit. Reservations are queued in a <see cref="QuotaRefill"/> with the request's other windows: one round trip for all.
/// </summary>
internal sealed class QuotaLease(Func<DateTimeOffset, string> keyOf, int limit, TimeSpan length, CooldownScope scope, bool countExactly)
{
    private const int BlocksPerWindow = 100;
    private readonly int _block = countExactly ? 1 : Math.Max(1, limit / BlocksPerWindow);
    private QuotaReservation _current = new(long.MinValue, string.Empty);

    public CooldownScope Scope => scope;

    /// <summary>The window's name as counters and metrics call it: <c>minute</c> or <c>day</c>.</summary>
    public string Window { get; } = length == QuotaWindow.Day ? RedisKeys.DayWindow : RedisKeys.MinuteWindow;

    /// <summary>
    /// What is left of the window <paramref name="now"/> falls in, as this replica last saw the shared counter (what the
    /// other replicas reserved but did not use counts as used); the whole limit in a window it has not reserved from yet.
    /// </summary>
    public long Remaining(DateTimeOffset now)
    {
        var current = Volatile.Read(ref _current);
        return current.WindowStartTicks == QuotaWindow.StartOf(now, length).UtcTicks ? current.Remaining(limit) : limit;
    }

    /// <summary>Takes one request of the window <paramref name="now"/> falls in from what this replica holds; never calls Redis.</summary>
    public QuotaTakeOutcome TryTake(DateTimeOffset now)
    {
        var reservation = ReservationFor(QuotaWindow.StartOf(now, length));
        if (reservation.TryTake(out var wasLast))
        {
            return wasLast && reservation.Drained ? QuotaTakeOutcome.TakenAndSpent : QuotaTakeOutcome.Taken;
        }

        return reservation.Drained ? QuotaTakeOutcome.Drained : QuotaTakeOutcome.Short;
    }

    /// <summary>
    /// Queues in <paramref name="refill"/> a reservation of one block of the window <paramref name="now"/> falls in, or joins
    /// the one another request has under way.
    /// </summary>
    /// <returns>The reservation, done once Redis answered and what it granted can be taken.</returns>
    public Task Reserve(QuotaRefill refill, DateTimeOffset now) =>
        ReservationFor(QuotaWindow.StartOf(now, length)).Reserve(refill, limit, _block, ResetsAt(now) - now);

    /// <summary>
    /// Raises the shared counter of the window <paramref name="now"/> falls in so that at most <paramref name="remaining"/> more
    /// requests go in it, counting what this replica holds unspent; costs no Redis call when this replica's view already
    /// leaves no more than that. Other replicas still spend the block they hold (exact for quotas under 200, within 1% above).
    /// </summary>
    /// <exception cref="Exception">A <see cref="RedisFailure"/>: Redis failed or did not answer within the budget.</exception>
    public async ValueTask CorrectAsync(IDatabase database, RedisBudget budget, long remaining, DateTimeOffset now)
    {
        var reservation = ReservationFor(QuotaWindow.StartOf(now, length));
        if (reservation.Remaining(limit) > remaining)
        {
            await budget.WithinAsync(reservation.CorrectAsync(database, limit, remaining, ResetsAt(now) - now)).ConfigureAwait(false);
        }
    }

    /// <summary>Returns a request taken at <paramref name="now"/> for an attempt another quota refused.</summary>
    public void GiveBack(DateTimeOffset now) => ReservationFor(QuotaWindow.StartOf(now, length)).GiveBack();

    public DateTimeOffset ResetsAt(DateTimeOffset now) => QuotaWindow.EndOf(now, length);

    // A new window starts with nothing reserved, in a counter of its own; whichever request sees it first installs it.
    private QuotaReservation ReservationFor(DateTimeOffset windowStart)
    {
        var current = Volatile.Read(ref _current);
        while (current.WindowStartTicks < windowStart.UtcTicks)
        {
            var started = new QuotaReservation(windowStart.UtcTicks, keyOf(windowStart));
            var seen = Interlocked.CompareExchange(ref _current, started, current);
            current = ReferenceEquals(seen, current) ? started : seen;
        }

        return current;
    }
}
