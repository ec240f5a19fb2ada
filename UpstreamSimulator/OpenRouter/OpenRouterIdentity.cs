using AspireRouter.UpstreamSimulator.Configuration;
using AspireRouter.UpstreamSimulator.Determinism;
using Microsoft.Extensions.Options;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>The seeded names OpenRouter puts in its answers: generation ids, user ids, and the upstream provider of a model.</summary>
internal sealed class OpenRouterIdentity(IOptions<SimulatorOptions> options)
{
    private static readonly string[] Upstreams = ["Chutes", "DeepInfra", "Google AI Studio", "Novita", "OpenInference", "Venice", "Crusoe", "Nebius"];
    private readonly ulong _seed = (ulong)options.Value.Seed;

    /// <summary>An id like OpenRouter's <c>gen-1746000000-AbC...</c>, unique per request and seed.</summary>
    public string GenerationId(long created, long sequence) => $"gen-{created}-{StableHash.Tag(StableHash.Combine(_seed, (ulong)sequence), 20)}";

    /// <summary>The account id OpenRouter reports in error bodies, stable per key.</summary>
    public static string UserId(string key) => "user_" + StableHash.Tag(StableHash.Of(key), 27);

    /// <summary>The provider that "serves" a model, stable per model.</summary>
    public string UpstreamFor(string model) => Upstreams[(int)(StableHash.Combine(_seed, StableHash.Of(model)) % (ulong)Upstreams.Length)];
}
