extern alias simulator;

using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Embeddings;

/// <summary>An embeddings request is traced and logged as chat is: GenAI <c>embeddings</c> spans per attempt, and one routing decision.</summary>
public sealed class EmbeddingTelemetryTests
{
    [Fact]
    public async Task MovedToTheModelsOtherProvider_TwoEmbeddingsSpans_TokensMeasured_AndOneDecisionLogged()
    {
        await using var host = await EmbeddingPool.StartAsync(options =>
        {
            options.Seed = 19;
            options.Settings["Routing:Weights:0:Model"] = EmbeddingPool.WorkersAiBgeM3;
            options.Settings["Routing:Weights:0:Weight"] = "0.0001";
            options.Simulator.Faults.Add(new FaultRule { Provider = "nvidia", Model = "baai/bge-m3", Kind = FaultKinds.BadGateway502 });
        });
        var log = host.Services.GetRequiredService<RequestLogRepository>();
        using var spans = new RecordedSpans();

        using var response = await host.Client.PostEmbeddingsAsync(new JsonObject { ["model"] = EmbeddingPool.NvidiaBgeM3, ["input"] = new JsonArray("one text", "and another") });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var promptTokens = (await response.ReadJsonAsync())["usage"]!["prompt_tokens"]!.GetValue<int>();
        await Eventually.UntilAsync(() => spans.Routing().Count == 1, "the routing span ended");
        var routing = spans.Routing()[0];
        Assert.Equal("served", routing.GetTagItem("aspire_router.outcome"));
        var attempts = spans.ChildrenOf(routing, "AspireRouter");
        Assert.Equal(["embeddings baai/bge-m3", "embeddings @cf/baai/bge-m3"], attempts.Select(attempt => attempt.DisplayName));
        Assert.All(attempts, attempt => Assert.Equal("embeddings", attempt.GetTagItem("gen_ai.operation.name")));
        Assert.Equal(ActivityStatusCode.Error, attempts[0].Status);
        Assert.Equal(promptTokens, attempts[1].GetTagItem("gen_ai.usage.input_tokens"));

        await Eventually.UntilAsync(async () => (await log.RecentAsync(10)).Count == 1, "the decision is logged");
        var decision = Assert.Single(await log.RecentAsync(10));
        Assert.Equal(EmbeddingPool.NvidiaBgeM3, decision.RequestedModel);
        Assert.Equal(EmbeddingPool.WorkersAiBgeM3, decision.ChosenModel);
        Assert.Equal(2, decision.Attempts.Count);
        Assert.Equal(promptTokens, decision.PromptTokens);
    }
}
