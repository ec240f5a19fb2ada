namespace AspireRouter.UpstreamSimulator.Quotas;

/// <summary>One key's Groq-style buckets for one model: requests per minute and per day, tokens per minute.</summary>
internal sealed class ModelRateLimits(int requestsPerMinute, int requestsPerDay, int tokensPerMinute)
{
    public LeakyBucket RequestsPerMinute { get; } = new(requestsPerMinute, TimeSpan.FromMinutes(1));

    public LeakyBucket RequestsPerDay { get; } = new(requestsPerDay, TimeSpan.FromDays(1));

    public LeakyBucket TokensPerMinute { get; } = new(tokensPerMinute, TimeSpan.FromMinutes(1));
}
