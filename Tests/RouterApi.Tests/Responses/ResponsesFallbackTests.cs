extern alias simulator;

using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>A failing model before the first token is fallen back from invisibly; after it, the stream ends with Responses' failure events.</summary>
public sealed class ResponsesFallbackTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(3);
    private static readonly string Failing = Pool[0];

    [Fact]
    public async Task FailureBeforeTheFirstToken_AnotherModelAnswers_AndTheStreamIsWhole()
    {
        await using var host = await StartAsync(FaultKinds.Upstream429);

        using var response = await host.Client.PostResponseAsync(Streamed(Failing));

        await response.EnsureOkAsync();
        Assert.Equal("2", response.Header("x-router-attempts"));
        Assert.NotEqual(Failing, response.Header("x-router-model"));
        var events = await response.EventsAsync();
        Assert.Equal("response.created", events[0].Name);
        Assert.Equal("response.completed", events[^1].Name);
        Assert.DoesNotContain(events, e => e.Name is "error" or "response.failed");
        Assert.Equal(response.Header("x-router-model"), events[0].Data.GetProperty("response").GetProperty("model").GetString());
    }

    [Fact]
    public async Task FailureAfterTheFirstToken_EndsTheStreamWithErrorAndResponseFailed_AndStoresNothing()
    {
        await using var host = await StartAsync(FaultKinds.MidstreamError);

        using var response = await host.Client.PostResponseAsync(Streamed(Failing));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Failing, response.Header("x-router-model"));
        var events = await response.EventsAsync();
        Assert.Contains(events, e => e.Name == "response.output_text.delta");
        Assert.DoesNotContain(events, e => e.Name == "response.completed");
        Assert.Equal(["error", "response.failed"], events[^2..].Select(e => e.Name));
        Assert.Equal("upstream_stream_error", events[^2].Data.GetProperty("code").GetString());
        var failed = events[^1].Data.GetProperty("response");
        Assert.Equal("failed", failed.GetProperty("status").GetString());
        Assert.Equal("server_error", failed.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("error").GetProperty("message").GetString()));
        Assert.Equal(Enumerable.Range(0, events.Count), events.Select(e => e.Data.GetProperty("sequence_number").GetInt32()));
        using var get = await host.Client.GetAsync($"v1/responses/{failed.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    private static JsonObject Streamed(string model) => new() { ["model"] = model, ["input"] = "Say hello.", ["stream"] = true };

    private static Task<RouterTestHost> StartAsync(string kind) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Seed = 5;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.Faults.Add(new FaultRule { Provider = "openrouter", Model = Failing, Kind = kind });
        });
}
