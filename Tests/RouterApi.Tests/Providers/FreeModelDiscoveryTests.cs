extern alias simulator;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.RouterCore.Catalog;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>
/// The shipped Groq takes its free models from Groq's own model list by the patterns of its free rule: a model Groq starts
/// listing serves after the next catalog refresh, without a release or a restart, and one it stops listing is no longer routed.
/// </summary>
public sealed class FreeModelDiscoveryTests
{
    private const string NewModel = "qwen/qwen3.6-27b";

    [Fact]
    public async Task ModelGroqStartsListing_ServesAfterTheNextRefresh_AndOneItDelistsIsNoLongerRouted()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.OpenRouterEnabled = false;
            options.Settings["ProviderDefaults"] = "true";
            options.Settings["Providers:groq:ApiKey"] = "gsk_simulated";
            options.SimulatorSettings["Providers:groq:BaseUrl"] = simulator => simulator.ProviderEndpoint("groq").ToString().TrimEnd('/');
        });
        var refresh = host.Services.GetRequiredService<CatalogRefreshService>();

        Assert.Equal(["groq/openai/gpt-oss-120b", "groq/openai/gpt-oss-20b", "groq/qwen/qwen3-32b"], await ModelIdsAsync(host));

        host.Simulator.SetProviderModel("groq", new GenericModelOptions { Id = NewModel, OwnedBy = "Alibaba Cloud", RequestsPerMinute = 60, RequestsPerDay = 1000, TokensPerMinute = 6_000 });
        host.Simulator.SetProviderModel("groq", new GenericModelOptions { Id = "whisper-large-v3", OwnedBy = "OpenAI", RequestsPerMinute = 20, RequestsPerDay = 2000, TokensPerMinute = 0 });
        host.Simulator.RemoveProviderModel("groq", "openai/gpt-oss-20b");
        await refresh.RefreshNowAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["groq/openai/gpt-oss-120b", "groq/qwen/qwen3-32b", "groq/" + NewModel], await ModelIdsAsync(host));
        host.Simulator.ClearRequests();
        using var newcomer = await host.Client.PostAsync(ChatRequests.Body("groq/" + NewModel));
        using var delisted = await host.Client.PostAsync(ChatRequests.Body("groq/openai/gpt-oss-20b"));

        Assert.Equal(HttpStatusCode.OK, newcomer.StatusCode);
        Assert.Equal("groq/" + NewModel, newcomer.Header("x-router-model"));
        Assert.Equal(1, host.Simulator.RequestCount(NewModel, "groq"));
        Assert.Equal(0, host.Simulator.RequestCount("openai/gpt-oss-20b", "groq"));
        Assert.NotEqual("groq/openai/gpt-oss-20b", delisted.Headers.TryGetValues("x-router-model", out var served) ? served.Single() : null);
    }

    private static async Task<List<string>> ModelIdsAsync(RouterTestHost host)
    {
        var models = await host.Client.GetFromJsonAsync<JsonObject>("v1/models", TestContext.Current.CancellationToken);
        return [.. models!["data"]!.AsArray().Select(model => model!["id"]!.GetValue<string>()).Where(id => id.StartsWith("groq/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
    }
}
