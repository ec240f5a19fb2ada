extern alias simulator;

using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>
/// Gone is per key: a key of a pool that answers 402 to everything for 15 minutes is gone (status shows which key, with the
/// upstream's words, never the key), the pool's other key serves all the provider's traffic, and the provider is not gone.
/// </summary>
public sealed class GoneKeyTests
{
    private const string DeadKey = "gsk_pool_key_dead_0002";
    private const string LiveKey = "gsk_pool_key_live_0001";
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task KeyAnswering402ToEverything_IsGone_TheOtherKeyServesAllTraffic_AndTheProviderIsNotGone()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(TestCatalog.ModelIds(1));
            options.Simulator.Faults.Add(new FaultRule { Provider = "groq", Kind = FaultKinds.Payment402, ApiKey = DeadKey });
            options.AddGroq();
            options.Settings["Providers:groq:ApiKey"] = LiveKey;
            options.Settings["Providers:groq:ApiKeys:0"] = DeadKey;
        });

        // A request every 11 minutes (past the longest default cooldown): the keys take turns until the dead one is gone.
        for (var i = 0; i < 20 && !DeadKeyStatus(await host.StatusAsync()).TryGetProperty("gone", out _); i++)
        {
            clock.Advance(TimeSpan.FromMinutes(11));
            using var response = await host.Client.PostAsync(ChatRequests.Body(RouterTestHostOptions.GroqModel));
        }

        var status = await host.StatusAsync();
        var gone = DeadKeyStatus(status).GetProperty("gone");
        Assert.Contains("exceeded your current quota", gone.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(402, gone.GetProperty("status_code").GetInt32());
        var groq = status.Provider("groq");
        Assert.False(groq.TryGetProperty("gone", out _), "the provider serves through its other key");
        Assert.False(groq.GetProperty("keys")[0].TryGetProperty("gone", out _));
        Assert.DoesNotContain(DeadKey[..^4], status.GetRawText(), StringComparison.Ordinal);

        var deadCalls = GroqCalls(host, DeadKey);
        for (var i = 0; i < 6; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            using var response = await host.Client.PostAsync(ChatRequests.Body(RouterTestHostOptions.GroqModel));
            Assert.Equal("groq", response.Header("x-router-provider"));
        }

        Assert.Equal(deadCalls, GroqCalls(host, DeadKey));
        Assert.NotEqual("down", ModelState(await host.StatusAsync(), RouterTestHostOptions.GroqModel));
    }

    private static JsonElement DeadKeyStatus(JsonElement status) =>
        status.Provider("groq").GetProperty("keys")[1];

    private static string? ModelState(JsonElement status, string model) =>
        status.GetProperty("models").EnumerateArray().Single(entry => entry.GetProperty("id").GetString() == model).GetProperty("state").GetString();

    private static int GroqCalls(RouterTestHost host, string key) =>
        host.Simulator.Requests.Count(request =>
            request.Provider == "groq" && request.Path.EndsWith("/chat/completions", StringComparison.Ordinal) && request.KeySuffix == key[^4..]);
}
