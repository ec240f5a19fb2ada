namespace AspireRouter.RouterCore.Availability;

/// <summary>
/// A model, or (scope <see cref="CooldownScope.Provider"/>) one key of a provider, that must not be used until <see cref="Until"/>;
/// what replicas tell each other. <see cref="KeyNumber"/> names the key by its place in the pool, never by its value.
/// </summary>
public readonly record struct CooldownNotice(string ModelId, string Provider, CooldownScope Scope, DateTimeOffset Until, int KeyNumber = 1);
