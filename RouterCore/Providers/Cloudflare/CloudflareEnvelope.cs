namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary>Cloudflare's API envelope: <c>{"result":...,"success":...,"errors":[...],"messages":[...]}</c>.</summary>
internal sealed record CloudflareEnvelope
{
    public CloudflareResult? Result { get; init; }

    public bool Success { get; init; }

    public IReadOnlyList<CloudflareMessage>? Errors { get; init; }
}
