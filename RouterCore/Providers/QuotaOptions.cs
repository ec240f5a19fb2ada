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

    public bool HasModelLimits => ModelRequestsPerMinute is not null || ModelRequestsPerDay is not null;

    /// <summary>Each limit not set here is taken from <paramref name="defaults"/>.</summary>
    public QuotaOptions WithDefaults(QuotaOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new QuotaOptions
        {
            RequestsPerMinute = RequestsPerMinute ?? defaults.RequestsPerMinute,
            RequestsPerDay = RequestsPerDay ?? defaults.RequestsPerDay,
            ModelRequestsPerMinute = ModelRequestsPerMinute ?? defaults.ModelRequestsPerMinute,
            ModelRequestsPerDay = ModelRequestsPerDay ?? defaults.ModelRequestsPerDay,
        };
    }
}
