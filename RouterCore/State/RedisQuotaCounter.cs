using System.Collections.Concurrent;
using System.Numerics;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace AspireRouter.RouterCore.State;

/// <summary>
/// Quota counters shared by every replica: one Redis counter per provider key (and model) window instance,
/// <c>ar:quota:{provider}:{window}:{start}</c> (<c>{provider}:key{n}</c> for a pool's further keys, <see cref="RedisKeys.KeyQuotaScope"/>), expiring when the window resets. Each replica reserves requests from a counter in blocks (<see cref="QuotaLease"/>: exact
/// for small quotas or when the provider counts exactly, 1% of the limit for large ones) and lets a request through when every
/// window it counts against has one for it, so replicas together never exceed a limit. The windows a request is short of are
/// reserved together, in one <c>MULTI</c>/<c>EXEC</c> (<see cref="QuotaRefill"/>): one round trip for all of them. Providers
/// without known limits cost no Redis call; while Redis is down, slow past the <see cref="RedisBudget"/> or failing in any
/// way, this process counts alone.
/// </summary>
public sealed partial class RedisQuotaCounter(
    IConnectionMultiplexer redis,
    RedisBudget budget,
    ProviderQuotaLimits limits,
    TimeProvider time,
    ILogger<RedisQuotaCounter> logger) : IQuotaCounter
{
    private readonly InMemoryQuotaCounter _local = new(limits, time);
    private readonly ConcurrentDictionary<string, ProviderQuotaLeases> _leases = new(StringComparer.Ordinal);
    private int _degraded;

    public async ValueTask<QuotaDecision> TryAcquireAsync(string provider, string modelId)
    {
        var leases = LeasesOf(provider);
        if (!leases.IsLimited)
        {
            return new QuotaDecision(true, QuotaStatus.NotSpent);
        }

        // Never wait for a reconnect on the request path: while Redis is away, count here.
        if (!redis.IsConnected)
        {
            MarkDegraded(null);
            return await _local.TryAcquireAsync(provider, modelId).ConfigureAwait(false);
        }

        try
        {
            var decision = await TakeAsync(leases.ProviderLeases, leases.ModelLeases(modelId)).ConfigureAwait(false);
            if (Interlocked.Exchange(ref _degraded, 0) == 1)
            {
                LogRecovered();
            }

            return decision;
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            MarkDegraded(exception);
            return await _local.TryAcquireAsync(provider, modelId).ConfigureAwait(false);
        }
    }

    public void Correct(string provider, string modelId, RateLimitRemaining reported)
    {
        var correcting = CorrectAsync(provider, modelId, reported);
        if (!correcting.IsCompletedSuccessfully)
        {
            _ = correcting.AsTask().ContinueWith(
                static (failed, state) => ((RedisQuotaCounter)state!).LogCorrectionFailed(failed.Exception!),
                this,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    /// <summary>
    /// <see cref="Correct"/>, done once the shared counter is raised (or, while Redis fails, this process's count); the
    /// correction is the window's reservation in flight from the moment this is called.
    /// </summary>
    public async ValueTask CorrectAsync(string provider, string modelId, RateLimitRemaining reported)
    {
        var now = time.GetUtcNow();
        if (LeasesOf(provider).LeaseFor(modelId, reported, now) is not { } lease)
        {
            return;
        }

        if (!redis.IsConnected)
        {
            _local.Correct(provider, modelId, reported);
            return;
        }

        try
        {
            await lease.CorrectAsync(redis.GetDatabase(), budget, reported.Remaining, now).ConfigureAwait(false);
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            MarkDegraded(exception);
            _local.Correct(provider, modelId, reported);
        }
    }

    public void CollectRemaining(DateTimeOffset now, ICollection<QuotaRemaining> into)
    {
        foreach (var (provider, keyNumber, scope) in limits.Scopes())
        {
            if (_leases.TryGetValue(scope, out var leases) && ReferenceEquals(leases.Limits, limits.For(scope)))
            {
                foreach (var lease in leases.ProviderLeases)
                {
                    into.Add(new QuotaRemaining(provider, lease.Window, lease.Remaining(now), keyNumber));
                }
            }
            else
            {
                AddUntouched(provider, keyNumber, limits.For(scope), into);
            }
        }
    }

    // A learned quota gets leases of its own: the Redis counters stay, so what was used today still counts against it.
    private ProviderQuotaLeases LeasesOf(string provider)
    {
        var current = limits.For(provider);
        var leases = _leases.GetOrAdd(provider, static (name, quota) => new ProviderQuotaLeases(name, quota), current);
        if (!ReferenceEquals(leases.Limits, current))
        {
            leases = new ProviderQuotaLeases(provider, current);
            _leases[provider] = leases;
        }

        return leases;
    }

    // A provider no request went to yet: its whole limits, as far as this replica knows.
    private static void AddUntouched(string provider, int keyNumber, QuotaOptions limits, ICollection<QuotaRemaining> into)
    {
        if (limits.RequestsPerMinute is { } perMinute)
        {
            into.Add(new QuotaRemaining(provider, RedisKeys.MinuteWindow, perMinute, keyNumber));
        }

        if (limits.RequestsPerDay is { } perDay)
        {
            into.Add(new QuotaRemaining(provider, RedisKeys.DayWindow, perDay, keyNumber));
        }
    }

    // One request from every window, or none. Each pass takes what this replica holds; the windows it is short of are reserved
    // together in one MULTI/EXEC (a window another request is already reserving is awaited, not reserved twice), then taken.
    // A drained window refuses with no Redis call and the windows taken before it get their request back, here: a request
    // reserved in Redis for a window whose sibling refused stays held by this replica for its next request.
    private async ValueTask<QuotaDecision> TakeAsync(QuotaLease[] providerLeases, QuotaLease[] modelLeases)
    {
        var now = time.GetUtcNow();
        var count = providerLeases.Length + modelLeases.Length;
        var taken = 0;
        var status = QuotaStatus.NotSpent;
        while (true)
        {
            var shortOf = 0;
            for (var i = 0; i < count; i++)
            {
                if ((taken & (1 << i)) != 0)
                {
                    continue;
                }

                var lease = LeaseAt(providerLeases, modelLeases, i);
                var outcome = lease.TryTake(now);
                if ((outcome is QuotaTakeOutcome.TakenAndSpent or QuotaTakeOutcome.Drained) && (!status.IsSpent || lease.ResetsAt(now) > status.ResetsAt))
                {
                    status = new QuotaStatus(true, lease.Scope, lease.ResetsAt(now));
                }

                switch (outcome)
                {
                    case QuotaTakeOutcome.Drained:
                        GiveBack(providerLeases, modelLeases, taken, now);
                        return new QuotaDecision(false, status);
                    case QuotaTakeOutcome.Short:
                        shortOf |= 1 << i;
                        break;
                    default:
                        taken |= 1 << i;
                        break;
                }
            }

            if (shortOf == 0)
            {
                return new QuotaDecision(true, status);
            }

            try
            {
                await ReserveAsync(providerLeases, modelLeases, shortOf, now).ConfigureAwait(false);
            }
            catch (Exception exception) when (RedisFailure.Is(exception))
            {
                GiveBack(providerLeases, modelLeases, taken, now);
                throw;
            }
        }
    }

    // Every window the request is short of, in one transaction sent as soon as all are queued, within one budget.
    private Task ReserveAsync(QuotaLease[] providerLeases, QuotaLease[] modelLeases, int shortOf, DateTimeOffset now)
    {
        var refill = new QuotaRefill(redis.GetDatabase());
        var reservations = new Task[BitOperations.PopCount((uint)shortOf)];
        var queued = 0;
        try
        {
            for (var i = 0; queued < reservations.Length; i++)
            {
                if ((shortOf & (1 << i)) != 0)
                {
                    reservations[queued++] = LeaseAt(providerLeases, modelLeases, i).Reserve(refill, now);
                }
            }
        }
        finally
        {
            refill.Execute();
        }

        return budget.WithinAsync(Task.WhenAll(reservations));
    }

    private static void GiveBack(QuotaLease[] providerLeases, QuotaLease[] modelLeases, int taken, DateTimeOffset now)
    {
        for (var i = 0; i < providerLeases.Length + modelLeases.Length; i++)
        {
            if ((taken & (1 << i)) != 0)
            {
                LeaseAt(providerLeases, modelLeases, i).GiveBack(now);
            }
        }
    }

    private static QuotaLease LeaseAt(QuotaLease[] providerLeases, QuotaLease[] modelLeases, int i) =>
        i < providerLeases.Length ? providerLeases[i] : modelLeases[i - providerLeases.Length];

    private void MarkDegraded(Exception? exception)
    {
        if (Interlocked.Exchange(ref _degraded, 1) == 0)
        {
            LogDegraded(exception);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Shared quota counters unreachable in Redis; counting in this process only until it returns")]
    private partial void LogDegraded(Exception? exception);

    [LoggerMessage(2, LogLevel.Information, "Shared quota counters reachable again")]
    private partial void LogRecovered();

    [LoggerMessage(3, LogLevel.Error, "Correcting a shared quota counter from an upstream's rate-limit headers failed")]
    private partial void LogCorrectionFailed(Exception exception);
}
