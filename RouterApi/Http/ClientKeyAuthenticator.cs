using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
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
    private readonly FrozenDictionary<string, ClientKeyIdentity>.AlternateLookup<ReadOnlySpan<char>> _configured;
    private readonly ClientKeyDirectory _created;

    public ClientKeyAuthenticator(IOptions<RouterApiOptions> options, ClientKeyDirectory created)
    {
        var limits = options.Value.ClientKeyLimits;
        _configured = options.Value.ClientKeys
            .ToFrozenDictionary(
                pair => ClientKeyHasher.Hash(pair.Value),
                pair => ClientKeyIdentity.Of(pair.Key, limits.GetValueOrDefault(pair.Key)),
                StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _created = created;
    }

    /// <summary>Whether the header holds a key at all (<c>Bearer</c> and something after it); other schemes count as a wrong key.</summary>
    public static bool CarriesKey(ReadOnlySpan<char> authorization)
    {
        var trimmed = authorization.Trim();
        return trimmed.Length > 0 && !trimmed.Equals(Scheme.AsSpan().TrimEnd(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whose key <paramref name="authorization"/> carries, when it is a known key.</summary>
    public bool TryAuthenticate(ReadOnlySpan<char> authorization, [NotNullWhen(true)] out ClientKeyIdentity? key)
    {
        key = null;
        return authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && TryAuthenticateKey(authorization[Scheme.Length..], out key);
    }

    /// <summary>Whose key <paramref name="presented"/> (the key itself, as in <c>x-api-key</c>) is, when it is a known key.</summary>
    public bool TryAuthenticateKey(ReadOnlySpan<char> presented, [NotNullWhen(true)] out ClientKeyIdentity? key)
    {
        var trimmed = presented.Trim();
        Span<byte> utf8 = trimmed.Length <= 512 ? stackalloc byte[Encoding.UTF8.GetMaxByteCount(trimmed.Length)] : new byte[Encoding.UTF8.GetMaxByteCount(trimmed.Length)];
        var length = Encoding.UTF8.GetBytes(trimmed, utf8);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(utf8[..length], hash);
        Span<char> hex = stackalloc char[HashHexLength];
        Convert.TryToHexStringLower(hash, hex, out _);
        return _configured.TryGetValue(hex, out key) || _created.ByHash.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(hex, out key);
    }
}
