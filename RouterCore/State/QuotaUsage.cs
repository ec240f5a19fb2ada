namespace AspireRouter.RouterCore.State;

/// <summary>Requests a provider made in one quota window (<c>minute</c>, <c>day</c>) and how long until the window resets.</summary>
public sealed record QuotaUsage(string Window, long Used, TimeSpan? ResetsIn);
