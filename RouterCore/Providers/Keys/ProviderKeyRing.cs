namespace AspireRouter.RouterCore.Providers.Keys;

/// <summary>A provider's keys (one, for a provider without a pool or without a key), and where the next request starts among them.</summary>
public sealed class ProviderKeyRing
{
    private readonly ProviderKey[] _keys;
    private int _next = -1;

    internal ProviderKeyRing(ProviderOptions provider)
    {
        _keys = new ProviderKey[provider.HasKey ? 1 + provider.ApiKeys.Count : 1];
        for (var i = 0; i < _keys.Length; i++)
        {
            _keys[i] = new ProviderKey(provider, i + 1);
        }
    }

    public IReadOnlyList<ProviderKey> Keys => _keys;

    public int Count => _keys.Length;

    public ProviderKey First => _keys[0];

    internal ProviderKey this[int index] => _keys[index];

    /// <summary>The key numbered <paramref name="number"/> (from 1), or null when the pool has no such key.</summary>
    public ProviderKey? Numbered(int number) => number >= 1 && number <= _keys.Length ? _keys[number - 1] : null;

    /// <summary>Where the next request starts looking: round-robin, so requests spread evenly over the keys with quota left.</summary>
    internal int NextStart() => _keys.Length == 1 ? 0 : (int)((uint)Interlocked.Increment(ref _next) % (uint)_keys.Length);

    /// <summary>Until when every key cools down (the earliest end), or null while any key may serve.</summary>
    public DateTimeOffset? CoolingUntil(DateTimeOffset now)
    {
        DateTimeOffset? earliest = null;
        foreach (var key in _keys)
        {
            if (key.CoolingUntil(now) is not { } until)
            {
                return null;
            }

            earliest = earliest is null || until < earliest ? until : earliest;
        }

        return earliest;
    }
}
