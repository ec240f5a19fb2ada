namespace AspireRouter.RouterCore.Providers.Cloudflare;

/// <summary><c>usage</c>, already in OpenAI's names.</summary>
internal sealed record CloudflareUsage
{
    public int PromptTokens { get; init; }

    public int CompletionTokens { get; init; }
}
