namespace AspireRouter.RouterApi.Http;

/// <summary>
/// Endpoint metadata: a request here may spend the pool's upstream quota, so it counts against its client key's limits
/// (<see cref="ClientKeyGate"/>). Reads (models, status, stored responses) and local work (token counts) do not carry it.
/// </summary>
internal sealed class SpendsUpstreamQuota
{
    public static SpendsUpstreamQuota Instance { get; } = new();

    private SpendsUpstreamQuota()
    {
    }

    public static bool AppliesTo(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<SpendsUpstreamQuota>() is not null;
}
