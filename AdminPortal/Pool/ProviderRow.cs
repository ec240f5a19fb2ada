namespace AspireRouter.AdminPortal.Pool;

/// <summary>One configured provider as the Providers page shows it; whether a key is set and each key's label, never a key.</summary>
public sealed record ProviderRow(
    string Name,
    string Kind,
    string BaseUrl,
    bool KeySet,
    int CatalogSize,
    IReadOnlyList<QuotaRow> Quotas,
    string? LastError,
    DateTimeOffset? LastErrorAt)
{
    /// <summary>The keys of the provider's pool, with their own quota and cooldown; empty without a key.</summary>
    public IReadOnlyList<ProviderKeyRow> Keys { get; init; } = [];
}
