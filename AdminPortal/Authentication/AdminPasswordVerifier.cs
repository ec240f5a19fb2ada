using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AspireRouter.AdminPortal.Authentication;

/// <summary>Checks a password against the configured one by comparing SHA-256 hashes in constant time.</summary>
internal sealed class AdminPasswordVerifier(IOptions<AdminOptions> options)
{
    private readonly byte[] _expected = Hash(options.Value.Password);

    public bool Verify(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Hash(candidate), _expected);

    private static byte[] Hash(string password) => SHA256.HashData(Encoding.UTF8.GetBytes(password));
}
