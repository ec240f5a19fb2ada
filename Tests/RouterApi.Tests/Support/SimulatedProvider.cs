extern alias simulator;

using simulator::AspireRouter.UpstreamSimulator.Configuration;
using simulator::AspireRouter.UpstreamSimulator.Hosting;

namespace AspireRouter.RouterApi.Tests.Support;

/// <summary>
/// One simulated provider per wire format, as the router is configured for it: its kind, its base URL at the simulator,
/// and a static catalog of one model whose capabilities are what that provider documents.
/// </summary>
internal sealed record SimulatedProvider(string Kind, string Name, string UpstreamModel, string[] SupportedParameters, bool Vision)
{
    private static readonly string[] ToolsAndJson = ["tools", "tool_choice", "response_format", "structured_outputs"];

    /// <summary>Groq through the generic OpenAI-compatible simulator.</summary>
    public static SimulatedProvider OpenAi { get; } = new("openai", "groq", "llama-3.3-70b-versatile", ToolsAndJson, Vision: true);

    public static SimulatedProvider Gemini { get; } = new("gemini", "gemini", "gemini-2.5-flash", ToolsAndJson, Vision: true);

    /// <summary>The Messages API has no JSON mode: the catalog may say so, the router's capabilities will not.</summary>
    public static SimulatedProvider Anthropic { get; } = new("anthropic", "anthropic", "claude-haiku-4-5", ToolsAndJson, Vision: true);

    public static SimulatedProvider Cohere { get; } = new("cohere", "cohere", "command-a-03-2025", ToolsAndJson, Vision: true);

    /// <summary>Workers AI models do not read images from chat messages.</summary>
    public static SimulatedProvider Cloudflare { get; } = new("cloudflare", "cloudflare", "@cf/meta/llama-3.3-70b-instruct-fp8-fast", ["tools", "response_format", "structured_outputs"], Vision: false);

    public static SimulatedProvider Ollama { get; } = new("ollama", "ollama", "llama3.2", ["tools", "response_format", "structured_outputs"], Vision: true);

    public static IReadOnlyList<SimulatedProvider> All { get; } = [OpenAi, Gemini, Anthropic, Cohere, Cloudflare, Ollama];

    public static SimulatedProvider Of(string kind) => All.Single(provider => provider.Kind == kind);

    /// <summary>The id clients use: <c>{name}/{upstream id}</c>.</summary>
    public string ModelId => $"{Name}/{UpstreamModel}";

    public string BaseUrl(SimulatorHandle simulator) => (Kind switch
    {
        "gemini" => simulator.GeminiEndpoint,
        "anthropic" => simulator.AnthropicEndpoint,
        "cohere" => simulator.CohereEndpoint,
        "cloudflare" => simulator.CloudflareEndpoint("023e105f4ecef8ad9ca31a8372d0c353"),
        "ollama" => simulator.OllamaEndpoint,
        _ => simulator.ProviderEndpoint(Name),
    }).ToString().TrimEnd('/');

    /// <summary>The router's configuration of this provider.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings(SimulatorHandle simulator)
    {
        var prefix = $"Providers:{Name}:";
        yield return new(prefix + "Kind", Kind);
        yield return new(prefix + "BaseUrl", BaseUrl(simulator));
        yield return new(prefix + "ApiKey", $"{Name}-simulated-key");
        yield return new(prefix + "CatalogSource", "Static");
        yield return new(prefix + "Models:0:Id", UpstreamModel);
        yield return new(prefix + "Models:0:ContextLength", "131072");
        for (var i = 0; i < SupportedParameters.Length; i++)
        {
            yield return new(prefix + $"Models:0:SupportedParameters:{i}", SupportedParameters[i]);
        }

        yield return new(prefix + "Models:0:InputModalities:0", "text");
        if (Vision)
        {
            yield return new(prefix + "Models:0:InputModalities:1", "image");
        }
    }

    /// <summary>Serves this provider's model at the simulator without limits, so that only the router's choices shape the traffic.</summary>
    public void ServeWithoutLimits(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = Kind == "openai" ? options.Providers[Name] = new GenericProviderOptions() : NativeKinds.Of(options, Kind);
        provider.Models = [new GenericModelOptions { Id = UpstreamModel, RequestsPerMinute = 0, RequestsPerDay = 0, TokensPerMinute = 0 }];
    }

    public override string ToString() => Kind;
}
