namespace AspireRouter.RouterApi.Status;

/// <summary>A model that cannot take requests until <paramref name="Until"/> (its cooldown, its provider's, or a spent quota).</summary>
internal sealed record CoolingModel(string Model, string Provider, DateTimeOffset Until, double WaitSeconds);
