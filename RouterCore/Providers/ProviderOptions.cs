namespace AspireRouter.RouterCore.Providers;

/// <summary>One upstream provider, configured under <c>Providers</c>; its keys never appear in <see cref="ToString"/>.</summary>
public sealed record ProviderOptions
{
    public string Name { get; init; } = "";

    /// <summary>The wire format, one of <see cref="ProviderKinds"/>.</summary>
    public string Kind { get; init; } = ProviderKinds.OpenAi;

    /// <summary>The API root, e.g. <c>https://openrouter.ai/api/v1</c> or <c>https://generativelanguage.googleapis.com/v1beta</c>.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>False keeps the provider out of the pool (e.g. local servers not running here).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The provider's first key (after setup, also when only <see cref="ApiKeys"/> was configured).</summary>
    public string? ApiKey { get; init; }

    /// <summary>More keys of the provider (a key pool): each has its own quotas and cooldowns, and requests are spread over them.</summary>
    public IReadOnlyList<string> ApiKeys { get; init; } = [];

    /// <summary>
    /// A configuration key or environment variable the key is read from when <see cref="ApiKey"/> is not set, e.g. <c>GROQ_API_KEY</c>;
    /// <c>GROQ_API_KEY_2</c>, <c>GROQ_API_KEY_3</c>... add more keys.
    /// </summary>
    public string? ApiKeyVariable { get; init; }

    /// <summary>Whether the provider is skipped without a key; null means yes, unless <see cref="BaseUrl"/> is on this machine (Ollama, LM Studio).</summary>
    public bool? RequiresKey { get; init; }

    public CatalogSourceKind CatalogSource { get; init; } = CatalogSourceKind.OpenRouter;

    /// <summary>Models added to the catalog (all of it, for <see cref="CatalogSourceKind.Static"/>), or describing listed ones better.</summary>
    public IReadOnlyList<StaticModelOptions> Models { get; init; } = [];

    /// <summary>What listed models offer when the list does not say (<see cref="CatalogSourceKind.OpenAiModels"/>).</summary>
    public ModelDefaultsOptions ModelDefaults { get; init; } = new();

    public FreeRuleOptions Free { get; init; } = new();

    /// <summary>Put before upstream ids to make public ids; null means <c>{Name}/</c>, except for OpenRouter catalogs, whose ids stay as they are.</summary>
    public string? ModelIdPrefix { get; init; }

    public QuotaOptions Quotas { get; init; } = new();

    public ParameterOptions Parameters { get; init; } = new();

    /// <summary>Sent with every upstream request, e.g. OpenRouter's <c>HTTP-Referer</c> and <c>X-Title</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public ProviderImageOptions Images { get; init; } = new();

    public ProviderEmbeddingOptions Embeddings { get; init; } = new();

    public bool HasKey => !string.IsNullOrEmpty(ApiKey);

    /// <summary>Why the provider stays out of the pool, or null when it serves.</summary>
    public string? SkipReason =>
        !Enabled ? "it is disabled (Enabled: false)"
        : !HasKey && (RequiresKey ?? !IsOnThisMachine(BaseUrl))
            ? $"it has no API key (set Providers:{Name}:ApiKey{(string.IsNullOrEmpty(ApiKeyVariable) ? "" : $" or {ApiKeyVariable}")})"
            : null;

    /// <summary>The prefix that makes a public id from an upstream id.</summary>
    public string PublicIdPrefix => ModelIdPrefix ?? (CatalogSource == CatalogSourceKind.OpenRouter ? "" : Name + "/");

    public override string ToString() =>
        $"{Name} ({Kind}, {BaseUrl}, catalog {CatalogSource}, key {(HasKey ? "set" : "absent")}{(HasKey && ApiKeys.Count > 0 ? $", {1 + ApiKeys.Count} keys" : "")})";

    private static bool IsOnThisMachine(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
