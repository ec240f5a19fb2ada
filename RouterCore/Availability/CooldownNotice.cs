namespace AspireRouter.RouterCore.Availability;

/// <summary>A model (or a provider's whole pool) that must not be used until <see cref="Until"/>; what replicas tell each other.</summary>
public readonly record struct CooldownNotice(string ModelId, string Provider, CooldownScope Scope, DateTimeOffset Until);
