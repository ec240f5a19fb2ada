namespace AspireRouter.RouterApi.Http;

/// <summary>Endpoint metadata: the request must carry a known router key (<see cref="ClientKeyGate"/>). Every route under <c>/v1</c> carries it.</summary>
internal sealed class RequiresClientKey
{
    public static RequiresClientKey Instance { get; } = new();

    private RequiresClientKey()
    {
    }

    public static bool AppliesTo(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<RequiresClientKey>() is not null;
}
