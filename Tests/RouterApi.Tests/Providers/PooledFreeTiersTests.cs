using System.Net;
using System.Net.Http.Json;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Availability;
using Microsoft.Extensions.DependencyInjection;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>
/// Why the router pools free tiers: once OpenRouter's account-wide daily quota is spent, requests keep succeeding through
/// the other providers, each taking its weighted share (chi-square goodness of fit at p = 0.001).
/// </summary>
public sealed class PooledFreeTiersTests
{
    private const int OpenRouterDailyQuota = 10;
    private const string OpenRouterLlama = "meta-llama/llama-3.3-70b-instruct:free";

    private static readonly (SimulatedProvider Provider, double Weight)[] Others =
    [
        (SimulatedProvider.OpenAi, 1),
        (SimulatedProvider.Gemini, 3),
        (SimulatedProvider.Anthropic, 1),
        (SimulatedProvider.Cohere, 2),
        (SimulatedProvider.Cloudflare, 1),
        (SimulatedProvider.Ollama, 2),
    ];

    [Fact]
    public async Task OpenRouterDailyQuotaSpent_EveryRequestStillSucceeds_AndTheOtherProvidersShareByWeight()
    {
        const int requests = 600;
        await using var host = await StartAsync(seed: 2026);

        for (var i = 0; i < requests; i++)
        {
            using var response = await host.Client.PostAsJsonAsync("v1/chat/completions", Chat("free", pinned: false), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var openRouter = host.Simulator.Requests.Where(r => r.Provider == "openrouter" && !r.Path.EndsWith("/models", StringComparison.Ordinal)).ToList();
        Assert.Equal(OpenRouterDailyQuota, openRouter.Count(r => r.Status == 200));
        Assert.Equal(1, openRouter.Count(r => r.Status == 429));
        Assert.NotNull(host.Services.GetRequiredService<AvailabilityTracker>().GetProviderCooldown("openrouter"));

        var served = Others.Select(other => (double)host.Simulator.Requests.Count(r => r.Provider == other.Provider.Name && r.Status == 200)).ToArray();
        Assert.Equal(requests - OpenRouterDailyQuota, served.Sum());
        var total = Others.Sum(other => other.Weight);
        var expected = Others.Select(other => served.Sum() * other.Weight / total).ToArray();

        // Critical chi-square value for 5 degrees of freedom at p = 0.001.
        Assert.True(ChiSquare(served, expected) < 20.515, $"shares {string.Join(", ", served)} for weights {string.Join(", ", Others.Select(o => o.Weight))}");
    }

    [Fact]
    public async Task NamedOpenModel_OpenRouterQuotaSpent_TheSameModelAtAnotherProviderAnswers()
    {
        await using var host = await StartAsync(seed: 7);

        for (var i = 0; i < 60; i++)
        {
            using var response = await host.Client.PostAsJsonAsync("v1/chat/completions", Chat(OpenRouterLlama, pinned: true), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Headers.GetValues("x-router-model").Single(), (string[])[OpenRouterLlama, SimulatedProvider.OpenAi.ModelId, SimulatedProvider.Cloudflare.ModelId]);
        }

        // Llama 3.3 70B is served by OpenRouter, Groq and Workers AI (@cf/meta/llama-3.3-70b-instruct-fp8-fast): one choice, three providers.
        var byProvider = host.Simulator.Requests.Where(r => r.Status == 200 && r.Model is not null).GroupBy(r => r.Provider).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["cloudflare", "groq", "openrouter"], byProvider.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(OpenRouterDailyQuota, byProvider["openrouter"]);
        Assert.Equal(60 - OpenRouterDailyQuota, byProvider["groq"] + byProvider["cloudflare"]);
    }

    private static Task<RouterTestHost> StartAsync(int seed) => RouterTestHost.StartAsync(options =>
    {
        options.Seed = seed;
        options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write([.. TestCatalog.ModelIds(2), OpenRouterLlama]);
        options.Simulator.OpenRouter.Quota.Enabled = true;
        options.Simulator.OpenRouter.Quota.RequestsPerMinute = 1000;
        options.Simulator.OpenRouter.Quota.RequestsPerDay = OpenRouterDailyQuota;
        for (var i = 0; i < Others.Length; i++)
        {
            options.Add(Others[i].Provider);
            options.Settings[$"Routing:Weights:{i}:Model"] = Others[i].Provider.ModelId;
            options.Settings[$"Routing:Weights:{i}:Weight"] = Others[i].Weight.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    });

    /// <param name="pinned">OpenRouter's <c>provider.allow_fallbacks: false</c>: only the named model (and the same open model elsewhere).</param>
    private static object Chat(string model, bool pinned) => new
    {
        model,
        messages = new[] { new { role = "user", content = "Say hello." } },
        provider = new { allow_fallbacks = !pinned },
    };

    private static double ChiSquare(IEnumerable<double> observed, IEnumerable<double> expected) =>
        observed.Zip(expected, (o, e) => (o - e) * (o - e) / e).Sum();
}
