using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Checks a password against the configured one by comparing SHA-256 hashes in constant time.</summary>
internal sealed class AdminPasswordVerifier(IOptions<AdminOptions> options)
{
    private static readonly byte[] FingerprintKey = Encoding.UTF8.GetBytes("aspire-router/portal-session");

    private readonly byte[] _expected = Hash(options.Value.Password);

    /// <summary>A short keyed hash of the configured password, stamped into each session so that a new password ends old sessions.</summary>
    public string Fingerprint { get; } = Convert.ToHexString(HMACSHA256.HashData(FingerprintKey, Hash(options.Value.Password)).AsSpan(0, 8));

    public bool Verify(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Hash(candidate), _expected);

    private static byte[] Hash(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password));
}
