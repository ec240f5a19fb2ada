namespace AspireRouter.RouterCore.State;

/// <summary>Requests a provider made in the current quota window (<c>minute</c>, <c>day</c>) and when that window resets.</summary>
public sealed record QuotaUsage(string Window, long Used, DateTimeOffset ResetsAt);
