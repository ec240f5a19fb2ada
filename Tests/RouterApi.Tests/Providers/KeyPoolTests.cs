extern alias simulator;

using System.Globalization;
using System.Net;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>A provider with several keys: each key's quota and cooldown is its own, and the router spreads requests over them.</summary>
public sealed class KeyPoolTests
{
    private const int DailyQuotaPerKey = 5;
    private static readonly string[] Keys = ["sk-or-v1-pool-key-one-aaa1", "sk-or-v1-pool-key-two-bbb2", "sk-or-v1-pool-key-three-ccc3"];
    private static readonly string[] Suffixes = [.. Keys.Select(key => key[^4..])];
    private static readonly string[] Pool = TestCatalog.ModelIds(4);

    [Fact]
    public async Task ThreeKeys_ServeThreeTimesOneKeysDailyQuota_AndNoRequestReachesASpentKey()
    {
        await using var host = await StartAsync(learnFromUpstream: false);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < (Keys.Length + 2) * DailyQuotaPerKey; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Keys.Length * DailyQuotaPerKey, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.All(statuses.Skip(Keys.Length * DailyQuotaPerKey), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        var received = ChatRequestsByKey(host);
        Assert.Equal(Suffixes.ToDictionary(suffix => suffix, _ => DailyQuotaPerKey), received.ToDictionary(group => group.Key, group => group.Count()));
        Assert.All(received.SelectMany(group => group), request => Assert.Equal(200, request.Status));

        var keys = (await host.StatusAsync()).Provider("openrouter").GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal(["key 1", "key 2", "key 3"], keys.Select(key => key.GetProperty("label").GetString()));
        Assert.Equal(Suffixes, keys.Select(key => key.GetProperty("suffix").GetString()));
        Assert.All(keys, key => Assert.Equal((DailyQuotaPerKey, 0), DayWindow(key)));
    }

    [Fact]
    public async Task EachKeysDailyQuota_IsLearnedFromTheKeyEndpointForThatKey_AndNoneIsOverspent()
    {
        const int withCredits = 8;
        await using var host = await StartAsync(learnFromUpstream: true, simulator =>
        {
            simulator.OpenRouter.Quota.RequestsPerDayWithCredits = withCredits;
            simulator.OpenRouter.Quota.KeysWithCredits = [Keys[1]];
        });
        await Eventually.UntilAsync(
            async () => (await host.StatusAsync()).Provider("openrouter").GetProperty("keys").EnumerateArray()
                .Select(key => key.GetProperty("quotas").EnumerateArray().Single(window => window.GetProperty("window").GetString() == "day").GetProperty("limit").GetInt32())
                .SequenceEqual([DailyQuotaPerKey, withCredits, DailyQuotaPerKey]),
            "each key's daily quota is learned from its own key endpoint answer");

        for (var i = 0; i < 30; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());
        }

        var received = ChatRequestsByKey(host).ToDictionary(group => group.Key, group => group.ToList());
        Assert.Equal([DailyQuotaPerKey, withCredits, DailyQuotaPerKey], Suffixes.Select(suffix => received[suffix].Count));
        Assert.All(received.Values.SelectMany(requests => requests), request => Assert.Equal(200, request.Status));
    }

    [Fact]
    public async Task KeyRefusedWith401_CoolsThatKeyOnly_TheOthersKeepServing_AndTheStatusShowsWhichKey()
    {
        await using var host = await StartAsync(learnFromUpstream: false, simulator => simulator.OpenRouter.ApiKeys = [Keys[0], Keys[2]]);

        // Fewer than the two good keys' quota together, so no key but the refused one is cooling at the end.
        const int requests = 6;
        for (var i = 0; i < requests; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var received = ChatRequestsByKey(host).ToDictionary(group => group.Key, group => group.ToList());
        var refused = Assert.Single(received[Suffixes[1]]);
        Assert.Equal(401, refused.Status);
        Assert.Equal(requests, received[Suffixes[0]].Count + received[Suffixes[2]].Count);
        Assert.All(received[Suffixes[0]].Concat(received[Suffixes[2]]), request => Assert.Equal(200, request.Status));

        var status = await host.StatusAsync();
        var openRouter = status.Provider("openrouter");
        var keys = openRouter.GetProperty("keys").EnumerateArray().ToList();
        Assert.False(keys[0].TryGetProperty("cooling_until", out _));
        Assert.True(keys[1].TryGetProperty("cooling_until", out _), "the refused key is cooling");
        Assert.False(keys[2].TryGetProperty("cooling_until", out _));
        Assert.False(openRouter.TryGetProperty("cooling_until", out _), "the provider still serves through its other keys");
        var text = status.GetRawText();
        Assert.All(Keys, key => Assert.DoesNotContain(key[..^4], text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task KeyRefusedWith403WithoutModerationVerdict_CoolsThatKeyOnly_TheOthersKeepServing()
    {
        await using var host = await StartAsync(learnFromUpstream: false, simulator =>
            simulator.Faults.Add(new FaultRule { Provider = "openrouter", Kind = FaultKinds.Forbidden403, ApiKey = Keys[1] }));

        const int requests = 6;
        for (var i = 0; i < requests; i++)
        {
            using var response = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var received = ChatRequestsByKey(host).ToDictionary(group => group.Key, group => group.ToList());
        var refused = Assert.Single(received[Suffixes[1]]);
        Assert.Equal(403, refused.Status);
        Assert.Equal(requests, received[Suffixes[0]].Count + received[Suffixes[2]].Count);
        Assert.All(received[Suffixes[0]].Concat(received[Suffixes[2]]), request => Assert.Equal(200, request.Status));

        var openRouter = (await host.StatusAsync()).Provider("openrouter");
        var keys = openRouter.GetProperty("keys").EnumerateArray().ToList();
        Assert.Equal([false, true, false], keys.Select(key => key.TryGetProperty("cooling_until", out _)));
        Assert.False(openRouter.TryGetProperty("cooling_until", out _), "the provider still serves through its other keys");
    }

    private static List<IGrouping<string, simulator::AspireRouter.UpstreamSimulator.Requests.RecordedRequest>> ChatRequestsByKey(RouterTestHost host) =>
        [.. host.Simulator.Requests
            .Where(request => request.Provider == "openrouter" && request.Path.EndsWith("/chat/completions", StringComparison.Ordinal))
            .GroupBy(request => request.KeySuffix!)];

    private static (int Used, int Remaining) DayWindow(JsonElement key)
    {
        var day = key.GetProperty("quotas").EnumerateArray().Single(window => window.GetProperty("window").GetString() == "day");
        return (day.GetProperty("used").GetInt32(), day.GetProperty("remaining").GetInt32());
    }

    private static Task<RouterTestHost> StartAsync(bool learnFromUpstream, Action<SimulatorOptions>? simulator = null) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            options.Simulator.OpenRouter.Quota = new OpenRouterQuotaOptions { Enabled = true, RequestsPerMinute = 10_000, RequestsPerDay = DailyQuotaPerKey };
            simulator?.Invoke(options.Simulator);
            options.Settings["Providers:openrouter:ApiKey"] = Keys[0];
            options.Settings["Providers:openrouter:ApiKeys:0"] = Keys[1];
            options.Settings["Providers:openrouter:ApiKeys:1"] = Keys[2];
            options.Settings["Providers:openrouter:Quotas:RequestsPerDay"] = learnFromUpstream ? null : DailyQuotaPerKey.ToString(CultureInfo.InvariantCulture);
            options.Settings["Providers:openrouter:Quotas:LearnFromUpstream"] = learnFromUpstream ? "true" : "false";

            // Exact counts need the shared counters: a busy machine must not push a request past Redis's budget into local counting.
            options.Settings["RedisBudget:RequestPath"] = "00:00:05";
        });
}
