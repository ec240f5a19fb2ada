extern alias simulator;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Hints;

/// <summary>
/// The sorts weigh the draw by what the router measured: time to first token (<c>latency</c>, <c>free:fast</c>), or streamed
/// output tokens per second (<c>throughput</c>). Each test sets every model's latency in the simulator and passes it on a clock
/// the router and the simulator share (<see cref="LatencyClock"/>), so the router measures exactly the values set, on any machine.
/// With the router's references (2 s to first token, 50 tokens/s) the set values make the favoured model weigh 9 or 20 times the
/// rest; over <see cref="Requests"/> seeded draws it gets at least <see cref="Majority"/> of them (and the slowest at most a tenth)
/// with a chance of failing under 1e-14, while a draw that ignored the sort would pass with a chance under 1e-8.
/// </summary>
public sealed class SortHintTests
{
    private const int Requests = 200;
    private const int Majority = 140;
    private const string Fast = "test/fast-8b:free";
    private const string Slow = "test/slow-120b:free";
    private const string Slower = "test/slower-405b:free";

    // Latency weights 2000 ms ÷ the median: 100, 10 and 1.1, i.e. 90%, 9% and 1% of the draws (Slow 90% once Fast is excluded).
    private static readonly Dictionary<string, int> TimesToFirstTokenMs = new(StringComparer.Ordinal) { [Fast] = 20, [Slow] = 200, [Slower] = 1800 };

    // Throughput weights the rate ÷ 50 tokens/s: 2 and 0.1, i.e. 95% and 5% of the draws.
    private static readonly Dictionary<string, double> TokensPerSecond = new(StringComparer.Ordinal) { [Fast] = 100, [Slow] = 5 };

    [Fact]
    public async Task SdkWithLatencySortInRouterObject_MostlyReachesTheModelSetQuickest()
    {
        var clock = LatencyClockFor();
        await using var host = await StartWithLatenciesAsync(clock);
        var options = new ChatCompletionOptions();
#pragma warning disable SCME0001 // JsonPatch is how the SDK sends fields OpenAI's schema lacks.
        options.Patch.Set("$.router"u8, BinaryData.FromString("""{"sort":"latency","max_wait":2}"""));
#pragma warning restore SCME0001

        var picks = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            var completion = host.ChatClient().CompleteChatAsync([new UserChatMessage("Say hello.")], options, TestContext.Current.CancellationToken);
            var response = (await clock.PassUntilAsync(completion)).GetRawResponse();
            Assert.Equal(200, response.Status);
            picks.Add(response.Headers.TryGetValue("x-router-model", out var model) ? model! : "");
        }

        AssertQuickestMostlyAndSlowestRarely(picks);
    }

    [Fact]
    public async Task FreeFast_AfterTheFirstTokensWereMeasured_MostlyReachesTheModelSetQuickest()
    {
        var clock = LatencyClockFor();
        await using var host = await StartWithLatenciesAsync(clock);

        var picks = await PickAsync(host, clock, ChatRequests.Body("free:fast"));

        AssertQuickestMostlyAndSlowestRarely(picks);
    }

    [Fact]
    public async Task LatencySortWithMinParams_NeverReachesTheQuickestModelItExcludes_AndMostlyTheQuickerOfTheRest()
    {
        var clock = LatencyClockFor();
        await using var host = await StartWithLatenciesAsync(clock);
        var body = ChatRequests.Body();
        body["router"] = new JsonObject { ["sort"] = "latency", ["min_params"] = 100 };

        var picks = await PickAsync(host, clock, body);

        await host.Simulator.WaitForRequestsAsync(Requests, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Fast, host.Simulator.ChatModels());
        Assert.All(picks, model => Assert.Contains(model, new[] { Slow, Slower }));
        Assert.True(picks.Count(model => model == Slow) >= Majority, Tally(picks));
    }

    [Fact]
    public async Task ThroughputSortInRouterObject_AfterStreamsWereMeasured_MostlyReachesTheModelSetFastest()
    {
        var clock = ThroughputClock();
        await using var host = await StartWithThroughputsAsync(clock);
        var body = ChatRequests.Body(stream: true);
        body["router"] = new JsonObject { ["sort"] = "throughput" };

        var picks = await PickStreamingAsync(host, clock, body);

        Assert.True(picks.Count(model => model == Fast) >= Majority, Tally(picks));
    }

    [Fact]
    public async Task RawHttpWithThroughputSortHeader_AfterStreamsWereMeasured_MostlyReachesTheModelSetFastest()
    {
        var clock = ThroughputClock();
        await using var host = await StartWithThroughputsAsync(clock);

        var picks = await PickStreamingAsync(host, clock, ChatRequests.Body(stream: true), ("x-router-sort", "throughput"));

        Assert.True(picks.Count(model => model == Fast) >= Majority, Tally(picks));
    }

    private static LatencyClock LatencyClockFor() => new(TimesToFirstTokenMs.Values.Select(ms => TimeSpan.FromMilliseconds(ms)));

    private static LatencyClock ThroughputClock() => new(TokensPerSecond.Values.Select(rate => TimeSpan.FromSeconds(1 / rate)));

    // Every model answered once, named explicitly, so the router has measured them all: exactly the set times to first token.
    private static async Task<RouterTestHost> StartWithLatenciesAsync(LatencyClock clock)
    {
        var host = await StartAsync(clock, options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(TimesToFirstTokenMs.Keys);
            options.Simulator.Latency.AddRange(TimesToFirstTokenMs.Select(set => new LatencyRule { Model = set.Key, TimeToFirstTokenMs = set.Value }));
        });
        foreach (var model in TimesToFirstTokenMs.Keys)
        {
            using var response = await clock.PassUntilAsync(host.Client.PostAsync(ChatRequests.Body(model)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        foreach (var (model, ms) in TimesToFirstTokenMs)
        {
            Assert.Equal((double)ms, (await MeasuredAsync(host, model)).GetProperty("ttft_p50_ms").GetDouble());
        }

        host.Simulator.ClearRequests();
        return host;
    }

    // Every model streamed once, named explicitly, so the router has measured them all: exactly the set output rates.
    private static async Task<RouterTestHost> StartWithThroughputsAsync(LatencyClock clock)
    {
        var host = await StartAsync(clock, options =>
        {
            options.Simulator.ReplyTokens = 5;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(TokensPerSecond.Keys);
            options.Simulator.Latency.AddRange(TokensPerSecond.Select(set => new LatencyRule { Model = set.Key, TokensPerSecond = set.Value }));
        });
        foreach (var model in TokensPerSecond.Keys)
        {
            Assert.Equal(model, await StreamAsync(host, clock, ChatRequests.Body(model, stream: true)));
        }

        foreach (var (model, rate) in TokensPerSecond)
        {
            Assert.Equal(rate, (await MeasuredAsync(host, model)).GetProperty("tokens_per_second").GetDouble(), 6);
        }

        host.Simulator.ClearRequests();
        return host;
    }

    private static Task<RouterTestHost> StartAsync(LatencyClock clock, Action<RouterTestHostOptions> configure) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Seed = 3;
            options.Time = clock;
            options.SimulatorSharesClock = true;
            configure(options);
        });

    // The model of each answer, one request at a time so that each is measured at the latency set for the model it reached.
    private static async Task<List<string>> PickAsync(RouterTestHost host, LatencyClock clock, JsonObject body)
    {
        var picks = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            using var response = await clock.PassUntilAsync(host.Client.PostAsync(body));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            picks.Add(response.Header("x-router-model"));
        }

        return picks;
    }

    private static async Task<List<string>> PickStreamingAsync(RouterTestHost host, LatencyClock clock, JsonObject body, params (string Name, string Value)[] headers)
    {
        var picks = new List<string>();
        for (var i = 0; i < Requests; i++)
        {
            picks.Add(await StreamAsync(host, clock, body, headers));
        }

        return picks;
    }

    // The first token comes at once (no time to first token is set), and the router has timed it before its headers go out;
    // only then does the clock pass the gaps between tokens, so all of them count as output time.
    private static async Task<string> StreamAsync(RouterTestHost host, LatencyClock clock, JsonObject body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/chat/completions") { Content = JsonContent.Create(body) };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        using var response = await host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await clock.PassUntilAsync(response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.EndsWith("data: [DONE]", text.TrimEnd(), StringComparison.Ordinal);
        return response.Header("x-router-model");
    }

    // What the router measured of a model, as a client reads it in GET /v1/models.
    private static async Task<JsonElement> MeasuredAsync(RouterTestHost host, string model)
    {
        using var document = JsonDocument.Parse(await host.Client.GetStringAsync("v1/models", TestContext.Current.CancellationToken));
        return document.RootElement.GetProperty("data").EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == model).Clone();
    }

    private static void AssertQuickestMostlyAndSlowestRarely(List<string> picks)
    {
        Assert.All(picks, model => Assert.Contains(model, TimesToFirstTokenMs.Keys));
        Assert.True(picks.Count(model => model == Fast) >= Majority, Tally(picks));
        Assert.True(picks.Count(model => model == Slower) <= Requests / 10, Tally(picks));
    }

    private static string Tally(List<string> picks) =>
        string.Join(", ", picks.GroupBy(model => model).OrderByDescending(group => group.Count()).Select(group => $"{group.Key}: {group.Count()}"));
}
