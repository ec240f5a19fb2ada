extern alias simulator;

using System.Net;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>Quotas the upstream reports: OpenRouter's key endpoint sets the daily quota, and a spent window stops traffic until its reset.</summary>
public sealed class LearnedQuotaTests
{
    private const string DayQuotaSetting = "Providers:openrouter:Quotas:RequestsPerDay";

    [Fact]
    public async Task KeyEndpointSaysTheAccountBoughtCredits_DailyQuotaBecomes1000()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            Learn(options);
            options.Settings[DayQuotaSetting] = null;
            options.Simulator.OpenRouter.Quota.KeysWithCredits = [RouterTestHost.UpstreamKey];
        });

        await Eventually.UntilAsync(async () => await DayLimitAsync(host) == 1000, "the daily quota is learned from the key endpoint");
        Assert.Equal("learned", await DaySourceAsync(host));
        await Eventually.UntilAsync(
            async () => await host.Services.GetRequiredService<LearnedQuotaRepository>().ReadAsync("openrouter") == 1000,
            "the learned quota is shared in Redis for the portal");
    }

    [Fact]
    public async Task KeyEndpointSaysFreeTier_DailyQuotaBecomes50()
    {
        await using var host = await RouterTestHost.StartAsync(Learn);

        await Eventually.UntilAsync(async () => await DayLimitAsync(host) == 50, "the free tier's daily quota is learned");
    }

    [Fact]
    public async Task CreditsBoughtLater_AreLearnedWithinTheHour_UpToTheConfiguredCeiling()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            Learn(options);
            options.Time = clock;
            options.Settings[DayQuotaSetting] = "300";
        });
        await Eventually.UntilAsync(async () => await DayLimitAsync(host) == 50, "the free tier lowers the configured quota");

        host.Simulator.SetOpenRouterQuota(new OpenRouterQuotaOptions { KeysWithCredits = [RouterTestHost.UpstreamKey] });
        clock.Advance(TimeSpan.FromHours(1));

        await Eventually.UntilAsync(async () => await DayLimitAsync(host) == 300, "credits raise the quota to the configured ceiling, not past it");
    }

    [Fact]
    public async Task GroqSaysNoRequestLeft_NoRequestReachesItUntilTheReset_ThenTrafficResumes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var groq = SimulatedProvider.OpenAi;
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.SimulatorSharesClock = true;
            options.UseOnly(groq);
            options.Simulator.Providers[groq.Name].Models = [new GenericModelOptions { Id = groq.UpstreamModel, RequestsPerMinute = 0, RequestsPerDay = 3, TokensPerMinute = 0 }];
        });
        for (var i = 0; i < 3; i++)
        {
            using var served = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        for (var i = 0; i < 5; i++)
        {
            using var refused = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        }

        Assert.Equal(3, host.Simulator.RequestCount(groq.UpstreamModel, groq.Name));
        clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        using (var resumed = await host.Client.PostAsync(ChatRequests.Body()))
        {
            Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        }

        Assert.Equal(4, host.Simulator.RequestCount(groq.UpstreamModel, groq.Name));
        Assert.All(host.Simulator.Requests, request => Assert.NotEqual(429, request.Status));
    }

    [Fact]
    public async Task AnotherClientSpentTheKey_GroqSaysThreeLeft_ExactlyThreeMoreAreSent_ThenNoneUntilTheReset()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var groq = SimulatedProvider.OpenAi;
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.SimulatorSharesClock = true;
            options.UseOnly(groq);
            options.Settings[$"Providers:{groq.Name}:Quotas:ModelRequestsPerDay"] = "9";
            options.Simulator.Providers[groq.Name].Models = [new GenericModelOptions { Id = groq.UpstreamModel, RequestsPerMinute = 0, RequestsPerDay = 9, TokensPerMinute = 0 }];
        });
        await SpendDirectlyAsync(host, groq, 5);

        using (var first = await host.Client.PostAsync(ChatRequests.Body()))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var served = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using (var refused = await host.Client.PostAsync(ChatRequests.Body()))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        Assert.Equal(9, host.Simulator.RequestCount(groq.UpstreamModel, groq.Name));
        Assert.All(host.Simulator.Requests, request => Assert.NotEqual(429, request.Status));
    }

    [Fact]
    public async Task GroqSaysMoreLeftThanTheConfiguredQuota_TheQuotaIsNotRaised()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        var groq = SimulatedProvider.OpenAi;
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Time = clock;
            options.SimulatorSharesClock = true;
            options.UseOnly(groq);
            options.Settings[$"Providers:{groq.Name}:Quotas:ModelRequestsPerDay"] = "3";
            options.Simulator.Providers[groq.Name].Models = [new GenericModelOptions { Id = groq.UpstreamModel, RequestsPerMinute = 0, RequestsPerDay = 100, TokensPerMinute = 0 }];
        });
        for (var i = 0; i < 3; i++)
        {
            using var served = await host.Client.PostAsync(ChatRequests.Body());
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        using (var refused = await host.Client.PostAsync(ChatRequests.Body()))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        }

        Assert.Equal(3, host.Simulator.RequestCount(groq.UpstreamModel, groq.Name));
    }

    // Another user of the same upstream key, straight at the provider: the router never saw these requests.
    private static async Task SpendDirectlyAsync(RouterTestHost host, SimulatedProvider provider, int requests)
    {
        using var direct = new HttpClient();
        for (var i = 0; i < requests; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, provider.BaseUrl(host.SimulatorHandle) + "/chat/completions")
            {
                Content = new StringContent($$"""{"model":"{{provider.UpstreamModel}}","messages":[{"role":"user","content":"hi"}]}""", System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", $"{provider.Name}-simulated-key");
            using var response = await direct.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static void Learn(RouterTestHostOptions options) => options.Settings["Providers:openrouter:Quotas:LearnFromUpstream"] = "true";

    private static async Task<string?> DaySourceAsync(RouterTestHost host)
    {
        var status = await host.StatusAsync();
        return status.Provider("openrouter").GetProperty("quotas").EnumerateArray()
            .Single(window => window.GetProperty("window").GetString() == "day").GetProperty("source").GetString();
    }

    private static async Task<int?> DayLimitAsync(RouterTestHost host)
    {
        var status = await host.StatusAsync();
        foreach (var window in status.Provider("openrouter").GetProperty("quotas").EnumerateArray())
        {
            if (window.GetProperty("window").GetString() == "day")
            {
                return window.GetProperty("limit").ValueKind == JsonValueKind.Number ? window.GetProperty("limit").GetInt32() : null;
            }
        }

        return null;
    }
}
