namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>The providers the simulator serves in their own wire formats; each name is its path prefix and its name in the request log.</summary>
public static class NativeKinds
{
    public const string Gemini = "gemini";
    public const string Anthropic = "anthropic";
    public const string Cohere = "cohere";
    public const string Cloudflare = "cloudflare";
    public const string Ollama = "ollama";

    public static IReadOnlyList<string> All { get; } = [Gemini, Anthropic, Cohere, Cloudflare, Ollama];

    public static GenericProviderOptions Of(SimulatorOptions options, string kind)
    {
        ArgumentNullException.ThrowIfNull(options);
        return kind switch
        {
            Gemini => options.Gemini,
            Anthropic => options.Anthropic,
            Cohere => options.Cohere,
            Cloudflare => options.Cloudflare,
            Ollama => options.Ollama,
            _ => throw new ArgumentException($"'{kind}' is not a native provider.", nameof(kind)),
        };
    }
}
