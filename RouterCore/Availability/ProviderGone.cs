using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterCore.Availability;

/// <summary>A provider is gone when every key of its pool is; it is then shown with the status of the key that went last.</summary>
public static class ProviderGone
{
    /// <param name="statusOf">Whether a key is gone (its scope is <see cref="ProviderKey.QuotaScope"/>), or null when it is not.</param>
    public static GoneStatus? Of(ProviderKeyRing ring, Func<ProviderKey, GoneStatus?> statusOf)
    {
        ArgumentNullException.ThrowIfNull(ring);
        ArgumentNullException.ThrowIfNull(statusOf);
        GoneStatus? latest = null;
        foreach (var key in ring.Keys)
        {
            if (statusOf(key) is not { } status)
            {
                return null;
            }

            latest = latest is null || status.Since > latest.Since ? status : latest;
        }

        return latest;
    }
}
