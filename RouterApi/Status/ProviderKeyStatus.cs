namespace AspireRouter.RouterApi.Status;

/// <summary>One key of a provider's pool as the status shows it: its label and last four characters, never its value.</summary>
internal sealed record ProviderKeyStatus(string Label, string Suffix)
{
    /// <summary>When the key's cooldown (a spent account quota, a refused key) ends, if one is running.</summary>
    public DateTimeOffset? CoolingUntil { get; init; }

    /// <summary>Set when the key's free tier is gone (it refused every request for a while), with the upstream's words.</summary>
    public GoneView? Gone { get; init; }

    /// <summary>The key's known quota windows, counted across all replicas.</summary>
    public IReadOnlyList<QuotaView> Quotas { get; init; } = [];
}
