using System.Security.Cryptography;
using System.Text;

namespace AspireRouter.RouterCore.State;

/// <summary>The form a client key is stored and looked up in: lowercase SHA-256 hex of its UTF-8 bytes.</summary>
public static class ClientKeyHasher
{
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }
}
