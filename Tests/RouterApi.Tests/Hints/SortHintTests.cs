extern alias simulator;

using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Hints;

/// <summary>The sorts weigh the draw by what the router measured: time to first token (<c>free:fast</c>), or output tokens per second.</summary>
public sealed class SortHintTests
{
    private const string Fast = "test/fast:free";
    private const string Slow = "test/slow:free";
    private const string Slower = "test/slower:free";

    [Fact]
    public async Task FreeFast_AfterTheFirstTokensWereMeasured_MostlyPicksTheQuickestModel()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Seed = 3;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write([Fast, Slow, Slower]);
            options.Simulator.Latency.Add(new LatencyRule { Model = Slow, TimeToFirstTokenMs = 300 });
            options.Simulator.Latency.Add(new LatencyRule { Model = Slower, TimeToFirstTokenMs = 300 });
        });
        await WarmUpAsync(host, stream: false, Fast, Slow, Slower);

        var picks = await CountPicksAsync(host, ChatRequests.Body("free:fast"), Fast);

        Assert.InRange(picks, 16, 20);
    }

    [Fact]
    public async Task ThroughputSort_AfterStreamsWereMeasured_MostlyPicksTheFasterOutput()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Seed = 3;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write([Fast, Slow]);
            options.Simulator.Latency.Add(new LatencyRule { Model = Fast, TokensPerSecond = 400 });
            options.Simulator.Latency.Add(new LatencyRule { Model = Slow, TokensPerSecond = 10 });
        });
        await WarmUpAsync(host, stream: true, Fast, Slow);
        var body = ChatRequests.Body();
        body["router"] = new JsonObject { ["sort"] = "throughput" };

        var picks = await CountPicksAsync(host, body, Fast);

        Assert.InRange(picks, 16, 20);
    }

    // One answer from each model, named explicitly, so the router has measured them all.
    private static async Task WarmUpAsync(RouterTestHost host, bool stream, params string[] models)
    {
        foreach (var model in models)
        {
            var client = host.ChatClient(model);
            if (stream)
            {
                await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Count to three.")], cancellationToken: TestContext.Current.CancellationToken))
                {
                    Assert.NotNull(update);
                }
            }
            else
            {
                await client.CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: TestContext.Current.CancellationToken);
            }
        }

        host.Simulator.ClearRequests();
    }

    private static async Task<int> CountPicksAsync(RouterTestHost host, JsonObject body, string model)
    {
        for (var i = 0; i < 20; i++)
        {
            using var response = await host.Client.PostAsync(body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return host.Simulator.ChatModels().Count(reached => reached == model);
    }
}
