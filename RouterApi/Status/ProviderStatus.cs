namespace AspireRouter.RouterApi.Status;

/// <summary>One configured provider as the status shows it: never a key, only whether one is set and each key's label and last characters.</summary>
internal sealed record ProviderStatus(string Name, string Kind, string BaseUrl, bool KeySet, IReadOnlyList<string> Headers, int Models)
{
    /// <summary>When the cooldown of the whole provider (every key cooling: an account quota, payment) ends, if one is running.</summary>
    public DateTimeOffset? CoolingUntil { get; init; }

    /// <summary>Set when every key of the provider is gone: it takes no traffic but a rare probe until one succeeds.</summary>
    public GoneView? Gone { get; init; }

    /// <summary>The known quota windows of the whole pool (every key's summed), counted across all replicas.</summary>
    public IReadOnlyList<QuotaView> Quotas { get; init; } = [];

    /// <summary>Each key of the provider's pool, with its own quota and cooldown.</summary>
    public IReadOnlyList<ProviderKeyStatus> Keys { get; init; } = [];
}
