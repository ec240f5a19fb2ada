using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.UpstreamSimulator.Tests.OpenRouter;

/// <summary>
/// <c>GET /api/v1/key</c> (https://openrouter.ai/docs/api-reference/limits): the key's credit limit and usage, and
/// <c>is_free_tier</c>, true until the account bought credits.
/// </summary>
public sealed class KeyEndpointTests
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FreeTierKey_IsFreeTier_WithTodaysFreeModelRequests()
    {
        await using var simulator = await TestSimulator.StartAsync(time: new FakeTimeProvider(Noon));
        using var client = simulator.Client();
        (await client.ChatAsync(TestSimulator.FreeToolModel)).Dispose();

        var data = (await GetKeyAsync(client, TestSimulator.Key)).GetProperty("data");

        Assert.True(data.GetProperty("is_free_tier").GetBoolean());
        Assert.Equal(50, data.GetProperty("free_model_daily_requests").GetProperty("limit").GetInt32());
        Assert.Equal(1, data.GetProperty("free_model_daily_requests").GetProperty("used").GetInt32());
        Assert.Equal(49, data.GetProperty("free_model_daily_requests").GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task KeyWithCredits_IsNotFreeTier_And1000ADay_WhileAnotherKeyStaysFree()
    {
        await using var simulator = await TestSimulator.StartAsync(o => o.OpenRouter.Quota.KeysWithCredits = [TestSimulator.Key], new FakeTimeProvider(Noon));
        using var client = simulator.Client();

        var paid = (await GetKeyAsync(client, TestSimulator.Key)).GetProperty("data");
        var free = (await GetKeyAsync(client, TestSimulator.OtherKey)).GetProperty("data");

        Assert.False(paid.GetProperty("is_free_tier").GetBoolean());
        Assert.Equal(1000, paid.GetProperty("free_model_daily_requests").GetProperty("limit").GetInt32());
        Assert.True(free.GetProperty("is_free_tier").GetBoolean());
    }

    [Fact]
    public async Task NoKey_Is401()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.GetAsync("openrouter/api/v1/key", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<JsonElement> GetKeyAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "openrouter/api/v1/key");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
