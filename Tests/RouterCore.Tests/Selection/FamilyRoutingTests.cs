using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Selection;

/// <summary>A request naming an open model that several providers serve may go to any of them, by weight.</summary>
public sealed class FamilyRoutingTests
{
    private const string OpenRouterLlama = "meta-llama/llama-3.3-70b-instruct:free";
    private const string GroqLlama = "groq/llama-3.3-70b-versatile";
    private const string CerebrasLlama = "cerebras/llama-3.3-70b";
    private const string NamedLlama = """{"model":"meta-llama/llama-3.3-70b-instruct:free","messages":[{"role":"user","content":"Hi"}]}""";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CatalogStore _catalog = new();
    private readonly AvailabilityTracker _tracker;

    public FamilyRoutingTests()
    {
        _tracker = new AvailabilityTracker(Options.Create(new AvailabilityOptions()), new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), _time), new ProviderKeyPools(Options.Create(new ProvidersOptions())), _time);
        _catalog.Replace(TestModels.Snapshot(
            Llama(OpenRouterLlama, "openrouter"),
            TestModels.Create("other-a"),
            Llama(GroqLlama, "groq"),
            TestModels.Create("other-b"),
            Llama(CerebrasLlama, "cerebras", ModelCapabilities.None)));
    }

    [Fact]
    public void Plan_NamedOpenModel_FirstChoiceSpreadsOverItsProviders()
    {
        var planner = Planner(new RoutingPolicy());
        var first = new Dictionary<string, int>();

        for (var i = 0; i < 600; i++)
        {
            using var plan = planner.Plan(ChatRequests.Parse(NamedLlama));
            var id = plan.Candidates[0].Id;
            first[id] = first.GetValueOrDefault(id) + 1;
            Assert.Equal([CerebrasLlama, GroqLlama, OpenRouterLlama], plan.Candidates[..3].ToArray().Select(m => m.Id).Order(StringComparer.Ordinal));
        }

        Assert.Equal(3, first.Count);
        Assert.All(first.Values, count => Assert.InRange(count, 140, 260));
    }

    [Fact]
    public void Plan_NamedOpenModel_OperatorWeightsShareItsProviders()
    {
        var planner = Planner(new RoutingPolicy { Weights = [new ModelWeight { Model = GroqLlama, Weight = 0 }, new ModelWeight { Model = CerebrasLlama, Weight = 3 }] });
        var first = new Dictionary<string, int>();

        for (var i = 0; i < 400; i++)
        {
            using var plan = planner.Plan(ChatRequests.Parse(NamedLlama));
            first[plan.Candidates[0].Id] = first.GetValueOrDefault(plan.Candidates[0].Id) + 1;
            Assert.DoesNotContain(GroqLlama, plan.Candidates[..2].ToArray().Select(m => m.Id));
        }

        Assert.InRange(first[CerebrasLlama], 260, 340);
        Assert.False(first.ContainsKey(GroqLlama));
    }

    [Fact]
    public void Plan_NamedOpenModelNeedingTools_OtherProvidersWithoutToolsAreLeftOut()
    {
        var planner = Planner(new RoutingPolicy());
        const string withTools = """{"model":"groq/llama-3.3-70b-versatile","provider":{"allow_fallbacks":false},"tools":[{"type":"function","function":{"name":"f"}}],"messages":[{"role":"user","content":"Hi"}]}""";

        for (var i = 0; i < 50; i++)
        {
            using var plan = planner.Plan(ChatRequests.Parse(withTools));
            Assert.Equal([GroqLlama, OpenRouterLlama], plan.Candidates.ToArray().Select(m => m.Id).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Plan_NamedProviderCooling_TheOthersServeTheOpenModel()
    {
        var planner = Planner(new RoutingPolicy());
        _tracker.RecordFailure(OpenRouterLlama, "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited) { CooldownUntil = _time.GetUtcNow().AddHours(1) });

        using var plan = planner.Plan(ChatRequests.Parse(NamedLlama.Replace("\"messages\"", "\"provider\":{\"allow_fallbacks\":false},\"messages\"", StringComparison.Ordinal)));

        Assert.Equal([CerebrasLlama, GroqLlama], plan.Candidates.ToArray().Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    private static ModelInfo Llama(string id, string provider, ModelCapabilities capabilities = ModelCapabilities.Tools) =>
        TestModels.Create(id, provider, capabilities) with { Family = "llama-3.3-70b" };

    private RoutePlanner Planner(RoutingPolicy policy) =>
        new(_catalog, new PolicyStore(Options.Create(policy)), _tracker, [new WeightedRandomSelector(new RandomSource(new Random(7)))], _time);
}
