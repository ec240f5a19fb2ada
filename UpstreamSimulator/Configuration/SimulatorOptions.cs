namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>Everything the simulator serves, bound from the <c>Simulator</c> configuration section.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary><c>realistic</c> (latency and sentence-sized replies) or <c>zero-latency</c> (no delays, tiny replies, for benchmarks).</summary>
    public string Mode { get; set; } = SimulatorModes.Realistic;

    /// <summary>Seeds generated text, ids and fault draws: the same seed and the same requests give the same replies.</summary>
    public int Seed { get; set; } = 42;

    public OpenRouterOptions OpenRouter { get; set; } = new();

    /// <summary>OpenAI-compatible providers served under <c>/{name}/v1/</c>, keyed by name.</summary>
    public Dictionary<string, GenericProviderOptions> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Google AI Studio's native API under <c>/gemini/v1beta/</c>.</summary>
    public GenericProviderOptions Gemini { get; set; } = new();

    /// <summary>Anthropic's Messages API under <c>/anthropic/v1/</c>.</summary>
    public GenericProviderOptions Anthropic { get; set; } = new();

    /// <summary>Cohere's v2 chat under <c>/cohere/v2/</c>.</summary>
    public GenericProviderOptions Cohere { get; set; } = new();

    /// <summary>Cloudflare Workers AI under <c>/cloudflare/client/v4/accounts/{account}/ai/</c>.</summary>
    public GenericProviderOptions Cloudflare { get; set; } = new();

    /// <summary>Ollama's native API under <c>/ollama/api/</c>.</summary>
    public GenericProviderOptions Ollama { get; set; } = new();

    /// <summary>Faults active from the start; more can be added at runtime through the control API.</summary>
    public List<FaultRule> Faults { get; set; } = [];

    /// <summary>Latency per provider and model; the first matching rule wins, then the mode's default.</summary>
    public List<LatencyRule> Latency { get; set; } = [];

    /// <summary>Tokens in every text reply (the mode's words, cut or padded) when above 0; 0 keeps the mode's length.</summary>
    public int ReplyTokens { get; set; }

    /// <summary>How many received requests the log keeps (older ones are dropped; counts are kept).</summary>
    public int RequestLogCapacity { get; set; } = 10_000;
}
