using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Checks <c>Authorization: Bearer &lt;key&gt;</c> (or Anthropic's <c>x-api-key: &lt;key&gt;</c>) against the configured client
/// keys and those operators created in the portal (<see cref="ClientKeyDirectory"/>). Only SHA-256 hashes are held; the presented
/// key is hashed before any comparison, so lookup time says nothing about the stored keys.
/// </summary>
internal sealed class ClientKeyAuthenticator
{
    private const string Scheme = "Bearer ";
    private const int HashHexLength = SHA256.HashSizeInBytes * 2;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _configured;
    private readonly ClientKeyDirectory _created;

    public ClientKeyAuthenticator(IOptions<RouterApiOptions> options, ClientKeyDirectory created)
    {
        _configured = options.Value.ClientKeys
            .ToFrozenDictionary(pair => ClientKeyHasher.Hash(pair.Value), pair => pair.Key, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _created = created;
    }

    /// <summary>Whether the header holds a key at all (<c>Bearer</c> and something after it); other schemes count as a wrong key.</summary>
    public static bool CarriesKey(ReadOnlySpan<char> authorization)
    {
        var trimmed = authorization.Trim();
        return trimmed.Length > 0 && !trimmed.Equals(Scheme.AsSpan().TrimEnd(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The key's name when <paramref name="authorization"/> carries a known key.</summary>
    public bool TryAuthenticate(ReadOnlySpan<char> authorization, out string keyName)
    {
        keyName = "";
        return authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && TryAuthenticateKey(authorization[Scheme.Length..], out keyName);
    }

    /// <summary>The key's name when <paramref name="presented"/> (the key itself, as in <c>x-api-key</c>) is a known key.</summary>
    public bool TryAuthenticateKey(ReadOnlySpan<char> presented, out string keyName)
    {
        keyName = "";
        var key = presented.Trim();
        Span<byte> utf8 = key.Length <= 512 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(key.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        var length = Encoding.UTF8.GetBytes(key, utf8);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..length], hash);
        Span<char> hex = stackalloc char[HashHexLength];
        Convert.TryToHexStringLower(hash, hex, out _);
        if (_configured.TryGetValue(hex, out var name) || _created.NamesByHash.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(hex, out name))
        {
            keyName = name;
            return true;
        }

        return false;
    }
}
