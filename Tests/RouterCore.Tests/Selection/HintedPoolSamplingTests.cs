using System.Globalization;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Selection;

/// <summary>
/// Large pools with client hints are sampled through the pool's per-hint slices instead of a scan: on random pools, the same
/// models are planned as the scan plans, and first picks spread over them as the scan's do.
/// </summary>
public sealed class HintedPoolSamplingTests
{
    private const int PoolSize = 600;
    private const int Plans = 3_000;
    private static readonly string[] Providers = ["p0", "p1", "p2", "p3", "p4"];

    // Chi-square critical values at p = 0.001 by degrees of freedom (index), for the two-sample test over providers.
    private static readonly double[] Critical = [0, 10.828, 13.816, 16.266, 18.467];

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CatalogStore _catalog = new();
    private readonly PolicyStore _policy;
    private readonly AvailabilityTracker _tracker;

    public HintedPoolSamplingTests()
    {
        _tracker = new AvailabilityTracker(
            Options.Create(new AvailabilityOptions()), new InMemoryQuotaCounter(new ProviderQuotaLimits(Options.Create(new ProvidersOptions())), _time), _time);
        var random = new Random(2026);
        var models = Enumerable.Range(0, PoolSize).Select(i => RandomModel(i, random)).ToArray();
        _catalog.Replace(TestModels.Snapshot(models));
        _policy = new PolicyStore(Options.Create(new RoutingPolicy
        {
            Weights = [.. models.Where(_ => random.Next(10) == 0).Select(m => new ModelWeight { Model = m.Id, Weight = random.Next(4) })],
            Blocked = models.Where(_ => random.Next(25) == 0).Select(m => m.Id).ToHashSet(StringComparer.Ordinal),
        }));
        foreach (var model in models)
        {
            // Each provider answers slower and streams slower than the one before it, so the sorts move first picks between providers.
            var rank = Array.IndexOf(Providers, model.Provider) + 1;
            _tracker.RecordSuccess(model.Id, model.Provider, TimeSpan.FromMilliseconds((rank * 400) + random.Next(300)));
            _tracker.RecordThroughput(model.Id, model.Provider, 200d / rank);
            if (random.Next(20) == 0)
            {
                _tracker.RecordFailure(model.Id, model.Provider, new UpstreamFailure(UpstreamFailureKind.RateLimited) { CooldownUntil = _time.GetUtcNow().AddMinutes(5) });
            }
        }
    }

    public static TheoryData<string> Hints =>
    [
        """{"min_params":20}""",
        """{"max_params":30}""",
        """{"min_params":5,"max_params":70}""",
        """{"min_context":60000}""",
        """{"allow_providers":["p1","P3"]}""",
        """{"deny_providers":["p0"]}""",
        """{"sort":"latency"}""",
        """{"sort":"throughput"}""",
        """{"min_params":10,"max_params":200,"min_context":30000,"deny_providers":["p2"],"sort":"latency"}""",
        """{"min_params":40,"allow_providers":["p0","p4"],"sort":"throughput"}""",
    ];

    [Theory]
    [MemberData(nameof(Hints))]
    public void Plans_TakeEveryModelTheScanTakes_AndNoOther(string hints)
    {
        var request = Request(hints);
        var indexed = PlannedModels(Planner(scanning: false), request);
        var scanned = PlannedModels(Planner(scanning: true), request);

        Assert.Equal(Eligible(request).Order(StringComparer.Ordinal), indexed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(scanned.Keys.Order(StringComparer.Ordinal), indexed.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Hints))]
    public void FirstPicks_SpreadOverProvidersAsTheScansDo(string hints)
    {
        var request = Request(hints);
        var indexed = FirstPicksByProvider(Planner(scanning: false), request);
        var scanned = FirstPicksByProvider(Planner(scanning: true), request);

        var (statistic, degrees) = TwoSampleChiSquare(indexed, scanned);
        Assert.True(statistic < Critical[degrees], $"indexed {string.Join(",", indexed)} against scanned {string.Join(",", scanned)}: χ² {statistic:F1}");
    }

    [Fact]
    public void LatencySort_ModelsThatGotFasterSinceTheLastWeighing_WeighAsTheScanWeighsThem()
    {
        var request = Request("""{"sort":"latency"}""");
        var indexedPlanner = Planner(scanning: false);
        indexedPlanner.Plan(request).Dispose();
        foreach (var model in _catalog.Current.Models.Where(model => model.Provider == "p4"))
        {
            for (var i = 0; i < 30; i++)
            {
                _tracker.RecordSuccess(model.Id, model.Provider, TimeSpan.FromMilliseconds(40));
            }
        }

        var indexed = FirstPicksByProvider(indexedPlanner, request);
        var scanned = FirstPicksByProvider(Planner(scanning: true), request);

        var (statistic, degrees) = TwoSampleChiSquare(indexed, scanned);
        Assert.True(statistic < Critical[degrees], $"indexed {string.Join(",", indexed)} against scanned {string.Join(",", scanned)}: χ² {statistic:F1}");
    }

    [Theory]
    [MemberData(nameof(Hints))]
    public void Sampling_GoesThroughTheIndex_WithoutAScan(string hints)
    {
        var request = Request(hints);
        var requirements = RequirementsReader.From(request);
        var table = CandidateTable.Build(_catalog.Current, _policy.Current, _tracker);
        var random = new RandomSource(new Random(3));
        var indexed = 0;
        var order = new int[4];
        for (var i = 0; i < 100; i++)
        {
            indexed += IndexedSampler.Sample(table, table.IndexFor(requirements.Capabilities), requirements, _time.GetUtcNow(), [], order, random) == 4 ? 1 : 0;
        }

        Assert.InRange(indexed, 95, 100);
    }

    private RoutePlanner Planner(bool scanning)
    {
        var weighted = new WeightedRandomSelector(new RandomSource(new Random(scanning ? 5 : 6)));
        return new RoutePlanner(_catalog, _policy, _tracker, [scanning ? new ScanningSelector(weighted) : weighted], _time);
    }

    private static Dictionary<string, int> PlannedModels(RoutePlanner planner, ChatRequest request)
    {
        var planned = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Plans; i++)
        {
            using var plan = planner.Plan(request);
            Assert.Equal(4, plan.Count);
            foreach (var model in plan.Candidates)
            {
                planned[model.Id] = planned.GetValueOrDefault(model.Id) + 1;
            }
        }

        return planned;
    }

    private static int[] FirstPicksByProvider(RoutePlanner planner, ChatRequest request)
    {
        var counts = new int[Providers.Length];
        for (var i = 0; i < Plans; i++)
        {
            using var plan = planner.Plan(request);
            counts[Array.IndexOf(Providers, plan.Candidates[0].Provider)]++;
        }

        return counts;
    }

    // The models a scan may plan: they meet the request and its hints, the operator lets them through, and they are available.
    private List<string> Eligible(ChatRequest request)
    {
        var requirements = RequirementsReader.From(request);
        var table = CandidateTable.Build(_catalog.Current, _policy.Current, _tracker);
        return [.. table.Catalog.Models.Where((model, i) =>
            table.OperatorWeights[i] > 0 && requirements.IsMetBy(model) && table.Health[i].IsAvailable(_time.GetUtcNow())).Select(model => model.Id)];
    }

    private static (double Statistic, int Degrees) TwoSampleChiSquare(int[] first, int[] second)
    {
        double n1 = first.Sum(), n2 = second.Sum(), statistic = 0;
        var bins = 0;
        for (var i = 0; i < first.Length; i++)
        {
            if (first[i] + second[i] == 0)
            {
                continue;
            }

            bins++;
            var expected1 = (first[i] + second[i]) * n1 / (n1 + n2);
            var expected2 = (first[i] + second[i]) * n2 / (n1 + n2);
            statistic += (Math.Pow(first[i] - expected1, 2) / expected1) + (Math.Pow(second[i] - expected2, 2) / expected2);
        }

        return (statistic, bins - 1);
    }

    private static ChatRequest Request(string hints) =>
        ChatRequests.Parse($$"""{"model":"free","messages":[{"role":"user","content":"Hi"}],"router":{{hints}}}""");

    // Sizes from 1B to 400B (one in six unknown), context windows from 4k to 256k (one in eight unknown), five providers.
    private static ModelInfo RandomModel(int i, Random random) =>
        TestModels.Create($"m-{i.ToString(CultureInfo.InvariantCulture)}", provider: Providers[random.Next(Providers.Length)],
            contextLength: random.Next(8) == 0 ? 0 : 4_096 << random.Next(7)) with
        {
            Size = random.Next(6) == 0 ? null : new ModelSize(Math.Round(Math.Exp(random.NextDouble() * Math.Log(400)), 1), null, ModelSizeSource.ModelId),
        };
}
