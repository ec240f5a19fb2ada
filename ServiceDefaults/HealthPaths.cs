using Microsoft.AspNetCore.Http;

namespace AspireRouter.ServiceDefaults;

/// <summary>The health endpoints every service maps; probed every few seconds, so never traced.</summary>
internal static class HealthPaths
{
    public const string Health = "/health";

    public const string Alive = "/alive";

    public static bool Contains(PathString path) => path.StartsWithSegments(Health) || path.StartsWithSegments(Alive);
}
