namespace AspireRouter.RouterCore.State;

/// <summary>One quota window of a provider across all replicas: the limit (null when unknown), requests used, what is left, the reset.</summary>
public sealed record QuotaWindowStatus(string Window, int? Limit, long Used, long? Remaining, DateTimeOffset ResetsAt)
{
    public bool IsSpent => Remaining == 0;

    /// <summary>Where the limit comes from: <see cref="Availability.QuotaSources"/>.</summary>
    public string Source { get; init; } = Availability.QuotaSources.Configured;
}
