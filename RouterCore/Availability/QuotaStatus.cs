namespace AspireRouter.RouterCore.Availability;

/// <summary>Whether a known quota is spent, which scope it covers and when its window resets.</summary>
public readonly record struct QuotaStatus(bool IsSpent, CooldownScope Scope, DateTimeOffset ResetsAt)
{
    public static QuotaStatus NotSpent => default;
}
