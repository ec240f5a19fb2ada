namespace AspireRouter.AdminPortal.Pool;

/// <summary>One key of a provider's pool as the Providers page shows it: its label and last four characters, never its value.</summary>
public sealed record ProviderKeyRow(string Label, string Suffix, IReadOnlyList<QuotaRow> Quotas, DateTimeOffset? CoolingUntil);
