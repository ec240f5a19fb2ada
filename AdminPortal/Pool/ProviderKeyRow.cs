using AspireRouter.RouterCore.Availability;

namespace AspireRouter.AdminPortal.Pool;

/// <summary>
/// One key of a provider's pool as the Providers page shows it: its label and last four characters, never its value; its quota,
/// cooldown, and whether its free tier is gone (with the upstream's words).
/// </summary>
public sealed record ProviderKeyRow(string Label, string Suffix, IReadOnlyList<QuotaRow> Quotas, DateTimeOffset? CoolingUntil)
{
    public GoneStatus? Gone { get; init; }
}
