namespace AspireRouter.RouterCore.Availability;

/// <summary>What is left of one quota window (<c>minute</c>, <c>day</c>) of a provider's key, as this process last saw it.</summary>
public readonly record struct QuotaRemaining(string Provider, string Window, long Remaining, int KeyNumber = 1);
