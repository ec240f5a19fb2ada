using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.RouterApi.Tests.Fallback;

/// <summary>An answer not streamed whose headers came but whose body is slow: the client hears so, and the model is slow, not broken.</summary>
public sealed class SlowBodyTests
{
    private const string SlowModel = "slow/slow-model";

    [Fact]
    public async Task SlowBody_Answers504_TriesNoOtherModel_AndNeverOpensTheModelsCircuit()
    {
        await using var upstream = new SlowBodyUpstream();
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(TestCatalog.ModelIds(4));
            options.Settings["Providers:slow:Kind"] = "openai";
            options.Settings["Providers:slow:BaseUrl"] = upstream.BaseUrl;
            options.Settings["Providers:slow:ApiKey"] = "slow-simulated-key";
            options.Settings["Providers:slow:CatalogSource"] = "Static";
            options.Settings["Providers:slow:Models:0:Id"] = "slow-model";
            options.Settings["Providers:slow:Models:0:ContextLength"] = "131072";
            options.Settings["Router:BodyTimeout"] = "00:00:01";
            options.Settings["Router:AttemptTimeout"] = "00:00:30";
            options.Settings["Availability:Circuit:ConsecutiveFailures"] = "2";
        });

        // More slow answers in a row than it takes failures to open a circuit.
        for (var i = 0; i < 4; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body(SlowModel));

            Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
            Assert.Equal("1", response.Header("x-router-attempts"));
            Assert.Equal(SlowModel, response.Header("x-router-model"));
            var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
            Assert.Equal("upstream_timeout", error["code"]!.GetValue<string>());
        }

        Assert.Equal(4, upstream.Requests);
        Assert.Empty(host.Simulator.ChatModels());
        var tracker = host.Services.GetRequiredService<AvailabilityTracker>();
        var state = tracker.GetState(SlowModel);
        Assert.NotEqual(AvailabilityState.Down, state.State);
        Assert.Equal(1, state.SuccessRate);
        Assert.True(tracker.IsAvailable(SlowModel, "slow"));
    }
}
