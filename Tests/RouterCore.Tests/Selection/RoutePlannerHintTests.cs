using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class RoutePlannerHintTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CatalogStore _catalog = new();
    private readonly AvailabilityTracker _tracker;
    private readonly RoutePlanner _planner;

    public RoutePlannerHintTests()
    {
        _tracker = new AvailabilityTracker(Options.Create(new AvailabilityOptions()), new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), _time), new ProviderKeyPools(Options.Create(new ProvidersOptions())), _time);
        var policy = new PolicyStore(Options.Create(new RoutingPolicy { AttemptBudget = 10 }));
        _planner = new RoutePlanner(_catalog, policy, _tracker, [new WeightedRandomSelector(new RandomSource(new Random(7)))], _time);
        _catalog.Replace(TestModels.Snapshot(
            Model("or/8b", 8, "openrouter", 32_768),
            Model("or/70b", 70, "openrouter", 131_072),
            Model("or/unsized", null, "openrouter", 262_144),
            Model("groq/120b", 120, "groq", 262_144),
            Model("groq/30b", 30, "groq", 8_192)));
    }

    [Theory]
    [InlineData("""{"model":"free:large"}""", new[] { "groq/120b", "or/70b" })]
    [InlineData("""{"model":"free:long"}""", new[] { "groq/120b", "or/unsized" })]
    [InlineData("""{"router":{"max_params":30}}""", new[] { "groq/30b", "or/8b" })]
    [InlineData("""{"router":{"min_params":10,"max_params":100}}""", new[] { "groq/30b", "or/70b" })]
    [InlineData("""{"router":{"allow_providers":["groq"]}}""", new[] { "groq/120b", "groq/30b" })]
    [InlineData("""{"router":{"deny_providers":["groq"],"min_context":100000}}""", new[] { "or/70b", "or/unsized" })]
    [InlineData("""{"model":"free:large","router":{"deny_providers":["groq"]}}""", new[] { "or/70b" })]
    public void Plan_Hints_PlanOnlyModelsThatSatisfyThem(string hints, string[] expected)
    {
        Assert.Equal(expected, PlanIds(hints).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plan_LatencySort_PutsTheFastFirstTokenFirstFarMoreOften()
    {
        _tracker.RecordSuccess("or/8b", "openrouter", TimeSpan.FromMilliseconds(100));
        _tracker.RecordSuccess("or/70b", "openrouter", TimeSpan.FromMilliseconds(4000));

        Assert.InRange(FirstPicks("""{"router":{"allow_providers":["openrouter"],"max_params":100,"sort":"latency"}}""", "or/8b"), 950, 1000);
        Assert.InRange(FirstPicks("""{"router":{"allow_providers":["openrouter"],"max_params":100,"sort":"random"}}""", "or/8b"), 600, 750);
        Assert.InRange(FirstPicks("""{"model":"free:fast","router":{"allow_providers":["openrouter"],"max_params":100}}""", "or/8b"), 950, 1000);
    }

    [Fact]
    public void Plan_ThroughputSort_FavoursTheFasterOutput()
    {
        _tracker.RecordThroughput("groq/120b", "groq", 200);
        _tracker.RecordThroughput("groq/30b", "groq", 10);

        Assert.InRange(FirstPicks("""{"router":{"allow_providers":["groq"],"sort":"throughput"}}""", "groq/120b"), 920, 1000);
        Assert.InRange(FirstPicks("""{"router":{"allow_providers":["groq"]}}""", "groq/120b"), 430, 570);
    }

    [Fact]
    public void Plan_WithHintsAndASort_AllocatesNothingPerRequest()
    {
        _tracker.RecordSuccess("or/70b", "openrouter", TimeSpan.FromMilliseconds(300));
        var request = Parse("""{"model":"free:fast","router":{"min_params":10,"deny_providers":["cerebras"]}}""");
        var requirements = RequirementsReader.From(request);
        _planner.Plan(request, requirements).Dispose();

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            _planner.Plan(request, requirements).Dispose();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private int FirstPicks(string hints, string modelId)
    {
        var request = Parse(hints);
        var count = 0;
        for (var i = 0; i < 1000; i++)
        {
            using var plan = _planner.Plan(request);
            count += plan.Candidates[0].Id == modelId ? 1 : 0;
        }

        return count;
    }

    private List<string> PlanIds(string hints)
    {
        using var plan = _planner.Plan(Parse(hints));
        return [.. plan.Candidates.ToArray().Select(model => model.Id)];
    }

    // The fragments are a body without messages: the hint under test plus "model" when it names a preset.
    private static AspireRouter.RouterCore.OpenAi.ChatRequest Parse(string fragment) =>
        ChatRequests.Parse(fragment.Insert(1, Messages));

    private const string Messages = """
        "messages":[{"role":"user","content":"Hi"}],
        """;

    private static ModelInfo Model(string id, double? billions, string provider, int context) =>
        TestModels.Create(id, provider: provider, contextLength: context) with
        {
            Size = billions is null ? null : new ModelSize(billions, null, ModelSizeSource.ModelId),
        };
}
