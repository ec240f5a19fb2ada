using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterCore.Providers.Keys;

/// <summary>
/// One key of a provider's key pool, with its own quota counters (<see cref="QuotaScope"/>) and cooldown. Its value is only in
/// <see cref="Options"/>, what the adapters send; everything shown (status, portal, logs) names it by <see cref="Label"/> and
/// <see cref="Suffix"/>.
/// </summary>
public sealed class ProviderKey
{
    private const int ShortestWithSuffix = 12;

    internal ProviderKey(ProviderOptions provider, int number)
    {
        Provider = provider.Name;
        Number = number;
        var value = number == 1 ? provider.ApiKey : provider.ApiKeys[number - 2];
        Options = number == 1 ? provider : provider with { ApiKey = value, ApiKeys = [] };
        Suffix = value is { Length: >= ShortestWithSuffix } ? value[^4..] : "";
        QuotaScope = RedisKeys.KeyQuotaScope(provider.Name, number);
    }

    public string Provider { get; }

    /// <summary>The key's place in the pool, from 1 (<c>ApiKey</c>, then <c>ApiKeys</c> in order).</summary>
    public int Number { get; }

    /// <summary>How the key is named where it is shown, e.g. <c>key 2</c>.</summary>
    public string Label => $"key {Number}";

    /// <summary>The key's last four characters, to tell keys apart; empty for a key too short to show any of it.</summary>
    public string Suffix { get; }

    /// <summary>The provider's settings with this key as its <see cref="ProviderOptions.ApiKey"/>: what an attempt with this key sends.</summary>
    public ProviderOptions Options { get; }

    /// <summary>What the key's quota counters are named by: the provider's name for its first key, so one-key providers keep their counters.</summary>
    public string QuotaScope { get; }

    /// <summary>Account-wide cooldowns (a spent account quota, a refused credential) of this key.</summary>
    internal Cooldown Cooldown { get; } = new();

    /// <summary>Until when the key cools down, or null when it may serve.</summary>
    public DateTimeOffset? CoolingUntil(DateTimeOffset now) => Cooldown.Until(now);

    public override string ToString() => Suffix.Length == 0 ? $"{Provider} {Label}" : $"{Provider} {Label} (…{Suffix})";
}
