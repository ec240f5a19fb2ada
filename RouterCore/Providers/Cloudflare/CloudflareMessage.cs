namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>An entry of <c>errors</c>: Cloudflare's internal code and its message.</summary>
internal sealed record CloudflareMessage
{
    public int Code { get; init; }

    public string? Message { get; init; }
}
