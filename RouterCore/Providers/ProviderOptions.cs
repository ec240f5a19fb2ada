namespace AspireRouter.RouterCore.Providers;

/// <summary>One upstream provider, configured under <c>Providers</c>; the key never appears in <see cref="ToString"/>.</summary>
public sealed record ProviderOptions
{
    public string Name { get; init; } = "";

    public string Kind { get; init; } = ProviderKinds.OpenAi;

    /// <summary>The OpenAI-compatible API root, e.g. <c>https://openrouter.ai/api/v1</c>.</summary>
    public string BaseUrl { get; init; } = "";

    public string? ApiKey { get; init; }

    public CatalogSourceKind CatalogSource { get; init; } = CatalogSourceKind.OpenRouter;

    /// <summary>The models of a <see cref="CatalogSourceKind.Static"/> catalog.</summary>
    public IReadOnlyList<StaticModelOptions> Models { get; init; } = [];

    public QuotaOptions Quotas { get; init; } = new();

    /// <summary>Sent with every upstream request, e.g. OpenRouter's <c>HTTP-Referer</c> and <c>X-Title</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public ProviderImageOptions Images { get; init; } = new();

    public override string ToString() =>
        $"{Name} ({Kind}, {BaseUrl}, catalog {CatalogSource}, key {(string.IsNullOrEmpty(ApiKey) ? "absent" : "set")})";
}
