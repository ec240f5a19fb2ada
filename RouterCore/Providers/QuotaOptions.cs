namespace AspireRouter.RouterCore.Providers;

/// <summary>Known request quotas of a provider; a null limit is unknown and never counts as spent.</summary>
public sealed record QuotaOptions
{
    /// <summary>OpenRouter's free-model limits per account: 20 a minute, 50 a UTC day (1000 with 10 credits bought).</summary>
    public static QuotaOptions OpenRouterFree { get; } = new() { RequestsPerMinute = 20, RequestsPerDay = 50 };

    public int? RequestsPerMinute { get; init; }

    public int? RequestsPerDay { get; init; }

    public int? ModelRequestsPerMinute { get; init; }

    public int? ModelRequestsPerDay { get; init; }

    /// <summary>
    /// Whether every window is counted one request at a time whatever its limit, rather than reserved in blocks of 1% from
    /// 200 up: the shared counter then holds exactly what was sent, at one Redis round trip per request.
    /// </summary>
    public bool CountExactly { get; init; }

    /// <summary>Whether the provider's daily quota is learned from the upstream where it tells (OpenRouter's key endpoint).</summary>
    public bool LearnFromUpstream { get; init; } = true;

    /// <summary>Whether <see cref="RequestsPerDay"/> is a shipped default rather than the operator's: a learned quota replaces it.</summary>
    public bool RequestsPerDayIsDefault { get; private init; }

    public bool HasModelLimits => ModelRequestsPerMinute is not null || ModelRequestsPerDay is not null;

    /// <summary>Each limit not set here is taken from <paramref name="defaults"/>.</summary>
    public QuotaOptions WithDefaults(QuotaOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new QuotaOptions
        {
            RequestsPerMinute = RequestsPerMinute ?? defaults.RequestsPerMinute,
            RequestsPerDay = RequestsPerDay ?? defaults.RequestsPerDay,
            RequestsPerDayIsDefault = RequestsPerDayIsDefault || (RequestsPerDay is null && defaults.RequestsPerDay is not null),
            ModelRequestsPerMinute = ModelRequestsPerMinute ?? defaults.ModelRequestsPerMinute,
            ModelRequestsPerDay = ModelRequestsPerDay ?? defaults.ModelRequestsPerDay,
            LearnFromUpstream = LearnFromUpstream,
            CountExactly = CountExactly,
        };
    }

    /// <summary>
    /// These limits with a daily quota the upstream reported: it replaces a default or unknown one, and lowers, never raises,
    /// one the operator configured (the configured quota is the ceiling).
    /// </summary>
    public QuotaOptions WithLearnedRequestsPerDay(int learned)
    {
        var perDay = RequestsPerDay is { } configured && !RequestsPerDayIsDefault ? Math.Min(configured, learned) : learned;
        return this with { RequestsPerDay = perDay };
    }
}
