namespace AspireRouter.RouterApi.Status;

/// <summary>One configured provider as the status shows it: never the key, only whether one is set.</summary>
internal sealed record ProviderStatus(string Name, string Kind, string BaseUrl, bool KeySet, IReadOnlyList<string> Headers, int Models)
{
    /// <summary>When a cooldown of the whole provider (an account quota, payment) ends, if one is running.</summary>
    public DateTimeOffset? CoolingUntil { get; init; }

    /// <summary>Set when the provider's free tier looks gone: it takes no traffic but a rare probe until one succeeds.</summary>
    public GoneView? Gone { get; init; }

    /// <summary>The known quota windows, counted across all replicas.</summary>
    public IReadOnlyList<QuotaView> Quotas { get; init; } = [];
}
