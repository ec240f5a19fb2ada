using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Selection;

/// <summary>Pools of 64 fitting models and more are sampled through an index instead of a scan: the same choices, by the same weights.</summary>
public sealed class LargePoolSamplingTests
{
    private const int PoolSize = 200;
    private const int Plans = 4_000;

    // Chi-square critical value at p = 0.001 with 1 degree of freedom.
    private const double CriticalOneDegree = 10.828;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CatalogStore _catalog = new();
    private readonly PolicyStore _policy = new(Options.Create(new RoutingPolicy()));
    private readonly AvailabilityTracker _tracker;
    private readonly RoutePlanner _planner;

    public LargePoolSamplingTests()
    {
        var providers = Options.Create(new ProvidersOptions());
        _tracker = new AvailabilityTracker(Options.Create(new AvailabilityOptions()), new InMemoryQuotaCounter(new ProviderQuotaLimits(providers), _time), new ProviderKeyPools(providers), _time);
        _planner = new RoutePlanner(_catalog, _policy, _tracker, [new WeightedRandomSelector(new RandomSource(new Random(11)))], _time);
        _catalog.Replace(TestModels.Snapshot(PoolSize));
    }

    [Fact]
    public void FirstPick_FollowsOperatorWeights()
    {
        // Half the pool weighs 3, half 1: three quarters of first picks should land in the heavy half.
        _policy.Replace(new RoutingPolicy { Weights = [.. Enumerable.Range(0, PoolSize / 2).Select(i => new ModelWeight { Model = $"model-{i}", Weight = 3 })] });

        var heavy = 0;
        for (var i = 0; i < Plans; i++)
        {
            heavy += Index(PlanIds()[0]) < PoolSize / 2 ? 1 : 0;
        }

        Assert.True(ChiSquare([heavy, Plans - heavy], [0.75, 0.25]) < CriticalOneDegree, $"{heavy} of {Plans} in the heavy half");
    }

    [Fact]
    public void FirstPick_FollowsHealth()
    {
        // Half the pool answers five times slower than the reference latency: its health score, and so its share, is a fifth.
        for (var i = 0; i < PoolSize / 2; i++)
        {
            _tracker.RecordSuccess($"model-{i}", "openrouter", new AvailabilityOptions().ReferenceLatency * 5);
        }

        var slow = 0;
        for (var i = 0; i < Plans; i++)
        {
            slow += Index(PlanIds()[0]) < PoolSize / 2 ? 1 : 0;
        }

        Assert.True(ChiSquare([slow, Plans - slow], [1 / 6d, 5 / 6d]) < CriticalOneDegree, $"{slow} of {Plans} first picks were slow models");
    }

    [Fact]
    public void Plan_HasDistinctModels_NeverBlockedZeroWeightOrCooling()
    {
        var excluded = Enumerable.Range(0, PoolSize).Where(i => i % 3 == 0).Select(i => $"model-{i}").ToList();
        _policy.Replace(new RoutingPolicy
        {
            Blocked = excluded.Where((_, i) => i % 3 == 0).ToHashSet(StringComparer.Ordinal),
            Weights = [.. excluded.Where((_, i) => i % 3 == 1).Select(id => new ModelWeight { Model = id, Weight = 0 })],
            AttemptBudget = 8,
        });
        foreach (var id in excluded.Where((_, i) => i % 3 == 2))
        {
            _tracker.RecordFailure(id, "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited) { CooldownUntil = _time.GetUtcNow().AddMinutes(5) });
        }

        for (var i = 0; i < 500; i++)
        {
            var ids = PlanIds();
            Assert.Equal(8, ids.Distinct().Count());
            Assert.Empty(ids.Intersect(excluded));
        }
    }

    [Fact]
    public void Plan_KeepsToModelsWhoseContextFits()
    {
        _catalog.Replace(TestModels.Snapshot([.. Enumerable.Range(0, PoolSize).Select(i =>
            TestModels.Create($"model-{i}", contextLength: i % 2 == 0 ? 4_096 : i % 4 == 1 ? 200_000 : 0))]));

        for (var i = 0; i < 200; i++)
        {
            Assert.All(PlanIds("""{"model":"free","max_tokens":100000,"messages":[{"role":"user","content":"Hi"}]}"""), id => Assert.Equal(1, Index(id) % 2));
        }
    }

    [Fact]
    public void EarliestReset_OfACoolingModel_IsReportedThoughThePoolWasNotScanned()
    {
        var until = _time.GetUtcNow().AddSeconds(42);
        _tracker.RecordFailure("model-5", "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited) { CooldownUntil = until });

        using var plan = _planner.Plan(ChatRequests.Parse(ChatRequests.Hello));

        Assert.Equal(4, plan.Count);
        Assert.Equal(until, plan.EarliestReset);
    }

    [Fact]
    public void MostOfThePoolCooling_StillPlansTheFewAvailable()
    {
        var now = _time.GetUtcNow();
        for (var i = 2; i < PoolSize; i++)
        {
            _tracker.RecordFailure($"model-{i}", "openrouter", new UpstreamFailure(UpstreamFailureKind.RateLimited) { CooldownUntil = now.AddSeconds(100 + i) });
        }

        using var plan = _planner.Plan(ChatRequests.Parse(ChatRequests.Hello));

        Assert.Equal(["model-0", "model-1"], plan.Candidates.ToArray().Select(model => model.Id).Order());
        Assert.Equal(now.AddSeconds(102), plan.EarliestReset);
    }

    private List<string> PlanIds(string json = ChatRequests.Hello)
    {
        using var plan = _planner.Plan(ChatRequests.Parse(json));
        return [.. plan.Candidates.ToArray().Select(model => model.Id)];
    }

    private static int Index(string id) => int.Parse(id["model-".Length..], System.Globalization.CultureInfo.InvariantCulture);

    private static double ChiSquare(int[] observed, double[] expectedShares) =>
        observed.Select((count, i) => Math.Pow(count - (expectedShares[i] * observed.Sum()), 2) / (expectedShares[i] * observed.Sum())).Sum();
}
