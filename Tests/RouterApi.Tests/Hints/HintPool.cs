extern alias simulator;

using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Hints;

/// <summary>
/// One router in front of a pool with known sizes and contexts on two providers, shared by the hint tests (each clears the
/// simulator's log first). Model ids are upstream ids, as the simulator logs them.
/// </summary>
public sealed class HintPool : IAsyncLifetime
{
    public const string Tiny = "test/tiny-8b:free";
    public const string Moe = "test/mid-30b-a3b:free";
    public const string Big = "test/big-120b:free";
    public const string Huge = "test/huge-405b:free";
    public const string Mystery = "test/mystery:free";

    /// <summary>A 70B model (by its id) on the Groq-like provider, 131,072 tokens of context.</summary>
    public const string Groq = "llama-3.3-70b-versatile";

    internal RouterTestHost Host { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Host = await RouterTestHost.StartAsync(options =>
        {
            options.Seed = 12;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write([(Tiny, 32_768), (Moe, 262_144), (Big, 131_072), (Huge, 8_192), (Mystery, 262_144)]);
            options.Simulator.Providers["groq"] = new GenericProviderOptions
            {
                Models = [new GenericModelOptions { Id = Groq, RequestsPerMinute = 0, RequestsPerDay = 0, TokensPerMinute = 0 }],
            };
            options.AddGroq(Groq);
        });
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
