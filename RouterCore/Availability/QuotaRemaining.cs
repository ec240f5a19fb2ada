namespace AspireRouter.RouterCore.Availability;

/// <summary>What is left of one provider quota window (<c>minute</c>, <c>day</c>) as this process last saw it.</summary>
public readonly record struct QuotaRemaining(string Provider, string Window, long Remaining);
