using System.Net.Http.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Selection;

/// <summary>Traffic to <c>free</c> spreads over the pool by weight; checked with a chi-square goodness-of-fit test at p = 0.001.</summary>
public sealed class RandomPoolDistributionTests
{
    private const int Requests = 1000;

    [Fact]
    public async Task Free_TenEqualModels_EachGetsItsTenPercent()
    {
        var ids = TestCatalog.ModelIds(10);
        await using var host = await StartAsync(ids, seed: 1234);

        await SendAsync(host, Requests);

        var observed = ids.Select(id => (double)host.Simulator.RequestCount(id)).ToArray();
        Assert.Equal(Requests, observed.Sum());
        // Critical chi-square value for 9 degrees of freedom at p = 0.001.
        Assert.True(ChiSquare(observed, ids.Select(_ => Requests / 10.0)) < 27.877, $"shares {string.Join(", ", observed)}");
    }

    [Fact]
    public async Task Free_WeightsThreeToOne_SharesFollowSeventyFiveTwentyFive()
    {
        var ids = TestCatalog.ModelIds(2);
        await using var host = await StartAsync(ids, seed: 99, settings: new()
        {
            ["Routing:Weights:0:Model"] = ids[0],
            ["Routing:Weights:0:Weight"] = "3",
            ["Routing:Weights:1:Model"] = ids[1],
            ["Routing:Weights:1:Weight"] = "1",
        });

        await SendAsync(host, Requests);

        double[] observed = [host.Simulator.RequestCount(ids[0]), host.Simulator.RequestCount(ids[1])];
        // Critical chi-square value for 1 degree of freedom at p = 0.001.
        Assert.True(ChiSquare(observed, [750, 250]) < 10.828, $"shares {observed[0]} / {observed[1]}");
    }

    [Fact]
    public async Task Free_WeightZero_NeverPicksThatModel()
    {
        var ids = TestCatalog.ModelIds(3);
        await using var host = await StartAsync(ids, seed: 7, settings: new()
        {
            ["Routing:Weights:0:Model"] = ids[0],
            ["Routing:Weights:0:Weight"] = "0",
        });

        await SendAsync(host, 100);

        Assert.Equal(0, host.Simulator.RequestCount(ids[0]));
        Assert.Equal(100, host.Simulator.RequestCount(ids[1]) + host.Simulator.RequestCount(ids[2]));
    }

    private static Task<RouterTestHost> StartAsync(string[] ids, int seed, Dictionary<string, string?>? settings = null) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Seed = seed;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(ids);
            foreach (var (key, value) in settings ?? [])
            {
                options.Settings[key] = value;
            }
        });

    private static async Task SendAsync(RouterTestHost host, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await host.Client.PostAsJsonAsync(
                "v1/chat/completions",
                new { model = "free", messages = new[] { new { role = "user", content = "hi" } } },
                TestContext.Current.CancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    private static double ChiSquare(IEnumerable<double> observed, IEnumerable<double> expected) =>
        observed.Zip(expected, (o, e) => (o - e) * (o - e) / e).Sum();
}
