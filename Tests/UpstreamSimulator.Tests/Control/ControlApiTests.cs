using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Tests.Control;

/// <summary>The control API (<c>/_control/...</c>) and the request log tests use to see where traffic went.</summary>
public sealed class ControlApiTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task PostFault_OverHttp_FailsTheNextMatchingRequestsOnly()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var created = await client.PostAsync(new Uri("_control/faults", UriKind.Relative), Json($$"""{"model":"{{TestSimulator.PaidModel}}","kind":"unavailable_503","count":1}"""), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var other = await client.ChatAsync(TestSimulator.FreeToolModel);
        using var failed = await client.ChatAsync(TestSimulator.PaidModel);
        using var recovered = await client.ChatAsync(TestSimulator.PaidModel);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task PostFault_UnknownKind_Gets400()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync(new Uri("_control/faults", UriKind.Relative), Json("""{"kind":"meteor_strike"}"""), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("meteor_strike", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_RecordProviderModelKeySuffixStatusAndFault_NeverTheKey()
    {
        await using var simulator = await TestSimulator.StartAsync(o => o.Faults = [new FaultRule { Model = TestSimulator.PaidModel, Kind = FaultKinds.BadGateway502 }]);
        using var client = simulator.Client();
        (await client.ChatAsync(TestSimulator.FreeToolModel, stream: true)).Dispose();
        (await client.ChatAsync(TestSimulator.PaidModel)).Dispose();
        (await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("openai/gpt-oss-20b"), "gsk_secret_abcd")).Dispose();

        using var response = await client.GetAsync(new Uri("_control/requests", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var log = await response.JsonAsync();

        Assert.DoesNotContain(TestSimulator.Key, text, StringComparison.Ordinal);
        Assert.DoesNotContain("gsk_secret", text, StringComparison.Ordinal);
        Assert.Equal(3, log.GetProperty("total").GetInt64());
        var requests = log.GetProperty("requests").EnumerateArray().ToList();
        Assert.Equal(("openrouter", TestSimulator.FreeToolModel, "0001", true, 200), (requests[0].GetProperty("provider").GetString(), requests[0].GetProperty("model").GetString(), requests[0].GetProperty("keySuffix").GetString(), requests[0].GetProperty("stream").GetBoolean(), requests[0].GetProperty("status").GetInt32()));
        Assert.Equal((502, FaultKinds.BadGateway502), (requests[1].GetProperty("status").GetInt32(), requests[1].GetProperty("fault").GetString()));
        Assert.Equal(("groq", "abcd"), (requests[2].GetProperty("provider").GetString(), requests[2].GetProperty("keySuffix").GetString()));
        Assert.Equal(1, log.GetProperty("counts").GetProperty("groq").GetProperty("openai/gpt-oss-20b").GetInt64());
        Assert.Equal(1, simulator.Control.RequestCount(TestSimulator.PaidModel));

        using var cleared = await client.DeleteAsync(new Uri("_control/requests", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(simulator.Control.Requests);
        Assert.Equal(0, simulator.Control.RequestCount(TestSimulator.PaidModel));
    }

    [Fact]
    public async Task PutLatency_OverHttp_DelaysTheFirstToken()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        using var set = await client.PutAsync(new Uri("_control/latency", UriKind.Relative), Json($$"""{"provider":"openrouter","model":"{{TestSimulator.PaidModel}}","timeToFirstTokenMs":300,"tokensPerSecond":1000}"""), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);

        var stopwatch = Stopwatch.StartNew();
        using var slow = await client.ChatAsync(TestSimulator.PaidModel);
        var slowTime = stopwatch.Elapsed;

        Assert.Equal(HttpStatusCode.OK, slow.StatusCode);
        Assert.True(slowTime >= TimeSpan.FromMilliseconds(300), $"answered after {slowTime}");
    }

    [Fact]
    public async Task PutProviderModel_OverHttp_AddsAModelWithItsLimits_AndDeleteRemovesIt()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var put = await client.PutAsync(new Uri("_control/providers/groq/models", UriKind.Relative), Json("""{"id":"qwen/qwen3-32b","ownedBy":"Alibaba Cloud","requestsPerMinute":1,"requestsPerDay":100,"tokensPerMinute":6000}"""), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        using var first = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("qwen/qwen3-32b"));
        using var second = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("qwen/qwen3-32b"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);

        using var deleted = await client.DeleteAsync(new Uri("_control/providers/groq/models/qwen/qwen3-32b", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("qwen/qwen3-32b"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task PutNativeModel_OverHttp_ServesItWithItsLimits_AndResetForgetsIt()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string hello = """{"model":"llama3.3:70b","stream":false,"messages":[{"role":"user","content":"Hi"}]}""";

        using var put = await client.PutAsync(new Uri("_control/native/ollama/models", UriKind.Relative), Json("""{"id":"llama3.3:70b","requestsPerMinute":1,"requestsPerDay":0,"tokensPerMinute":0}"""), TestContext.Current.CancellationToken);
        using var unknownKind = await client.PutAsync(new Uri("_control/native/bard/models", UriKind.Relative), Json("""{"id":"x"}"""), TestContext.Current.CancellationToken);
        using var first = await client.PostJsonAsync("ollama/api/chat", hello, key: null);
        using var second = await client.PostJsonAsync("ollama/api/chat", hello, key: null);
        simulator.Control.Reset();
        using var gone = await client.PostJsonAsync("ollama/api/chat", hello, key: null);

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Reset_RestoresConfiguredCatalogFaultsAndQuotas()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        simulator.Control.AddFault(new FaultRule { Kind = FaultKinds.BadGateway502 });
        simulator.Control.RemoveOpenRouterModel(TestSimulator.PaidModel);
        using (var failing = await client.ChatAsync(TestSimulator.FreeToolModel))
        {
            Assert.Equal(HttpStatusCode.BadGateway, failing.StatusCode);
        }

        using var reset = await client.PostAsync(new Uri("_control/reset", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Empty(simulator.Control.Faults);
        Assert.Empty(simulator.Control.Requests);
        Assert.Contains(TestSimulator.PaidModel, simulator.Control.OpenRouterModelIds);
        using var healthy = await client.ChatAsync(TestSimulator.FreeToolModel);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task GetFaults_ListsTheFaultsInForce()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        var id = simulator.Control.AddFault(new FaultRule { Kind = FaultKinds.Stall, Probability = 0.5, Count = 3 });

        var faults = await client.GetFromJsonAsync<List<FaultView>>(new Uri("_control/faults", UriKind.Relative), TestContext.Current.CancellationToken);

        var fault = Assert.Single(faults!);
        Assert.Equal((id, FaultKinds.Stall, 3), (fault.Id, fault.Rule.Kind, fault.Remaining));
    }

    private sealed record FaultView(string Id, FaultRule Rule, int? Remaining);
}
