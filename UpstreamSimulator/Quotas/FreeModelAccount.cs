namespace AspireRouter.UpstreamSimulator.Quotas;

/// <summary>An OpenRouter account's free-model standing: whether it bought credits, its daily limit and what it used today (UTC).</summary>
internal sealed record FreeModelAccount(bool HasCredits, int RequestsPerDay, int UsedToday)
{
    public int RemainingToday => Math.Max(0, RequestsPerDay - UsedToday);
}
