namespace AspireRouter.AdminPortal.Pool;

/// <summary>One configured provider as the Providers page shows it; whether a key is set, never the key.</summary>
public sealed record ProviderRow(
    string Name,
    string Kind,
    string BaseUrl,
    bool KeySet,
    int CatalogSize,
    IReadOnlyList<QuotaRow> Quotas,
    string? LastError,
    DateTimeOffset? LastErrorAt);
