using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace AspireRouter.AppHost.Redis;

/// <summary>
/// Where the <c>redis</c> resource keeps what must survive a restart: <c>Redis:DataDirectory</c> when set (relative to the
/// AppHost project), else a folder of this user's local application data for this AppHost; one subfolder per server kind,
/// whose files the other cannot read.
/// </summary>
internal static class RedisDataDirectory
{
    public const string ConfigurationKey = "Redis:DataDirectory";

    public static string For(IDistributedApplicationBuilder builder, string serverKind)
    {
        var directory = Path.Combine(Root(builder), serverKind);
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string Root(IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, builder.AppHostDirectory);
        }

        var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (string.IsNullOrEmpty(userData))
        {
            throw new InvalidOperationException($"This user has no local application data folder (is HOME set?); set {ConfigurationKey}.");
        }

        // One folder per AppHost checkout, so two clones never share (or reset) each other's keys.
        var checkout = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.AppHostDirectory)))[..12];
        return Path.Combine(userData, "AspireRouter", $"apphost-{checkout}");
    }
}
