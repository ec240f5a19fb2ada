using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class RoutePlannerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CatalogStore _catalog = new();
    private readonly PolicyStore _policy = new(Options.Create(new RoutingPolicy()));
    private readonly AvailabilityTracker _tracker;
    private readonly RoutePlanner _planner;

    public RoutePlannerTests()
    {
        var providers = Options.Create(new ProvidersOptions());
        _tracker = new AvailabilityTracker(Options.Create(new AvailabilityOptions()), new InMemoryQuotaCounter(new ProviderQuotaLimits(providers), _time), new ProviderKeyPools(providers), _time);
        _planner = new RoutePlanner(_catalog, _policy, _tracker, [new WeightedRandomSelector(new RandomSource(new Random(42)))], _time);
        _catalog.Replace(TestModels.Snapshot(10));
    }

    [Fact]
    public void Plan_FreePool_FillsTheAttemptBudgetWithDistinctModels()
    {
        var ids = PlanIds(ChatRequests.Hello);

        Assert.Equal(4, ids.Count);
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public void Plan_ExplicitModel_ComesFirstThenThePool()
    {
        var ids = PlanIds("""{"model":"model-7","messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal("model-7", ids[0]);
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public void Plan_ExplicitModelWithoutFallbacks_IsTheOnlyCandidate()
    {
        var ids = PlanIds("""{"model":"model-7","provider":{"allow_fallbacks":false},"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal(["model-7"], ids);
    }

    [Fact]
    public void Plan_ModelsList_KeepsItsOrderBeforeThePool()
    {
        var ids = PlanIds("""{"models":["model-3","unknown/model","model-1","model-3"],"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal(["model-3", "model-1"], ids.Take(2));
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public void Plan_ModelsListWithoutFallbacks_IsOnlyTheList()
    {
        var ids = PlanIds("""{"model":"model-2","models":["model-5"],"provider":{"allow_fallbacks":false},"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal(["model-2", "model-5"], ids);
    }

    [Fact]
    public void Plan_BlockedModel_IsNeverPlannedEvenWhenNamed()
    {
        _policy.Replace(new RoutingPolicy { Blocked = new HashSet<string> { "model-0", "model-1", "model-2" }, AttemptBudget = 10 });

        for (var i = 0; i < 50; i++)
        {
            var ids = PlanIds("""{"model":"model-0","messages":[{"role":"user","content":"Hi"}]}""");
            Assert.Equal(7, ids.Count);
            Assert.DoesNotContain("model-0", ids);
            Assert.DoesNotContain("model-1", ids);
            Assert.DoesNotContain("model-2", ids);
        }
    }

    [Fact]
    public void Plan_ZeroWeight_IsNotSampledButMayBeNamed()
    {
        _policy.Replace(new RoutingPolicy { Weights = [new ModelWeight { Model = "model-4", Weight = 0 }], AttemptBudget = 10 });

        Assert.DoesNotContain("model-4", PlanIds(ChatRequests.Hello));
        Assert.Equal("model-4", PlanIds("""{"model":"model-4","messages":[{"role":"user","content":"Hi"}]}""")[0]);
    }

    [Fact]
    public void Plan_CoolingModels_AreSkippedAndTheEarliestResetReported()
    {
        _catalog.Replace(TestModels.Snapshot(3));
        var now = _time.GetUtcNow();
        for (var i = 0; i < 3; i++)
        {
            var failure = new UpstreamFailure(UpstreamFailureKind.RateLimited) { CooldownUntil = now.AddSeconds(30 - i) };
            _tracker.RecordFailure($"model-{i}", "openrouter", failure);
        }

        using var plan = _planner.Plan(ChatRequests.Parse("""{"model":"model-0","messages":[{"role":"user","content":"Hi"}]}"""));

        Assert.Equal(0, plan.Count);
        Assert.Equal(now.AddSeconds(28), plan.EarliestReset);
    }

    [Fact]
    public void Plan_VirtualModelWithRequirement_PicksOnlyCapableModels()
    {
        _catalog.Replace(TestModels.Snapshot(
            TestModels.Create("plain-a"),
            TestModels.Create("plain-b"),
            TestModels.Create("tools-a", capabilities: ModelCapabilities.Tools),
            TestModels.Create("vision-a", capabilities: ModelCapabilities.Vision)));

        Assert.Equal(["tools-a"], PlanIds("""{"model":"free:tools","messages":[{"role":"user","content":"Hi"}]}"""));
        Assert.Equal(["vision-a"], PlanIds("""{"model":"free","messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"https://x/y.png"}}]}]}"""));
    }

    [Fact]
    public void Plan_PromptBeyondAContextWindow_SkipsThatModel()
    {
        _catalog.Replace(TestModels.Snapshot(TestModels.Create("small", contextLength: 1_000), TestModels.Create("large", contextLength: 100_000)));

        Assert.Equal(["large"], PlanIds("""{"model":"free","max_tokens":2000,"messages":[{"role":"user","content":"Hi"}]}"""));
    }

    [Fact]
    public void Plan_UnhealthyModel_IsPickedFirstLessOften()
    {
        _catalog.Replace(TestModels.Snapshot(TestModels.Create("healthy"), TestModels.Create("slow")));
        _tracker.RecordSuccess("slow", "openrouter", TimeSpan.FromSeconds(20));
        var request = ChatRequests.Parse(ChatRequests.Hello);

        var slowFirst = 0;
        for (var i = 0; i < 1000; i++)
        {
            using var plan = _planner.Plan(request);
            slowFirst += plan.Candidates[0].Id == "slow" ? 1 : 0;
        }

        Assert.InRange(slowFirst, 50, 150);
    }

    [Fact]
    public void Plan_OperatorWeights_ShiftTheFirstPick()
    {
        _catalog.Replace(TestModels.Snapshot(TestModels.Create("heavy"), TestModels.Create("light")));
        _policy.Replace(new RoutingPolicy { Weights = [new ModelWeight { Model = "heavy", Weight = 3 }] });
        var request = ChatRequests.Parse(ChatRequests.Hello);

        var heavyFirst = 0;
        for (var i = 0; i < 1000; i++)
        {
            using var plan = _planner.Plan(request);
            heavyFirst += plan.Candidates[0].Id == "heavy" ? 1 : 0;
        }

        Assert.InRange(heavyFirst, 700, 800);
    }

    [Fact]
    public void Plan_UnknownStrategy_FallsBackToWeightedRandom()
    {
        _policy.Replace(new RoutingPolicy { Strategy = "no-such-strategy" });

        Assert.Equal(4, PlanIds(ChatRequests.Hello).Count);
    }

    [Fact]
    public void Plan_PoolOfThreeThousand_AllocatesNothingPerRequest()
    {
        _catalog.Replace(TestModels.Snapshot(3000));
        var request = ChatRequests.Parse(ChatRequests.Hello);
        var requirements = RequirementsReader.From(request);
        for (var i = 0; i < 10; i++)
        {
            _planner.Plan(request, requirements).Dispose();
        }

        var planned = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            using var plan = _planner.Plan(request, requirements);
            planned += plan.Count;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(400, planned);
        Assert.Equal(0, allocated);
    }

    private List<string> PlanIds(string json)
    {
        using var plan = _planner.Plan(ChatRequests.Parse(json));
        var ids = new List<string>();
        foreach (var model in plan.Candidates)
        {
            ids.Add(model.Id);
        }

        return ids;
    }
}
