using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Quotas;

/// <summary>Per provider, model and key rate limits of the generic providers, in Groq's terms.</summary>
internal sealed class GenericRateLimiter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Provider, string Model, string Key), ModelRateLimits> _limits = [];

    public RateLimitVerdict TryConsume(string provider, GenericModelOptions model, string key, int tokens)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var id = (provider, model.Id, key);
            if (!_limits.TryGetValue(id, out var buckets))
            {
                _limits[id] = buckets = new ModelRateLimits(model.RequestsPerMinute, model.RequestsPerDay, model.TokensPerMinute);
            }

            var refusal = Refusal(buckets, tokens, now);
            if (refusal is null)
            {
                buckets.RequestsPerMinute.Add(1, now);
                buckets.RequestsPerDay.Add(1, now);
                buckets.TokensPerMinute.Add(tokens, now);
            }

            var verdict = new RateLimitVerdict(
                (int)buckets.RequestsPerDay.Capacity, buckets.RequestsPerDay.Remaining(now), buckets.RequestsPerDay.UntilEmpty(now),
                (int)buckets.TokensPerMinute.Capacity, buckets.TokensPerMinute.Remaining(now), buckets.TokensPerMinute.UntilEmpty(now));
            return refusal is { } r ? verdict with { RefusedBy = r.Name, RefusedLimit = (int)r.Bucket.Capacity, RetryAfter = r.Bucket.UntilRoomFor(r.Amount, now) } : verdict;
        }
    }

    /// <summary>Drops a model's buckets, so new limits apply from the next request.</summary>
    public void Forget(string provider, string model)
    {
        lock (_gate)
        {
            foreach (var id in _limits.Keys.Where(k => k.Provider == provider && k.Model == model).ToList())
            {
                _limits.Remove(id);
            }
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _limits.Clear();
        }
    }

    private static (string Name, LeakyBucket Bucket, double Amount)? Refusal(ModelRateLimits buckets, int tokens, DateTimeOffset now) =>
        !buckets.RequestsPerMinute.Fits(1, now) ? ("requests per minute (RPM)", buckets.RequestsPerMinute, 1)
        : !buckets.RequestsPerDay.Fits(1, now) ? ("requests per day (RPD)", buckets.RequestsPerDay, 1)
        : !buckets.TokensPerMinute.Fits(tokens, now) ? ("tokens per minute (TPM)", buckets.TokensPerMinute, tokens)
        : null;
}
