using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests;

public sealed class RouterCoreServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddRouterCore_StaticProvider_StartsAndPlansFromItsCatalog()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Providers:local:BaseUrl"] = "http://127.0.0.1:11434/v1",
            ["Providers:local:CatalogSource"] = "Static",
            ["Providers:local:Models:0:Id"] = "local/llama",
            ["Providers:local:Models:0:UpstreamId"] = "llama3.2",
            ["Routing:AttemptBudget"] = "2",
        });

        await host.StartAsync(TestContext.Current.CancellationToken);
        await host.Services.GetRequiredService<CatalogRefreshService>().RefreshNowAsync(TestContext.Current.CancellationToken);
        using var plan = host.Services.GetRequiredService<RoutePlanner>().Plan(ChatRequests.Parse(ChatRequests.Hello));
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.Equal("llama3.2", Assert.Single(plan.Candidates.ToArray()).UpstreamId);
        Assert.Equal(2, host.Services.GetRequiredService<PolicyStore>().Current.AttemptBudget);
        var provider = host.Services.GetRequiredService<IOptions<ProvidersOptions>>().Value.All.Single(configured => configured.Name == "local");
        Assert.Equal(ProviderKinds.OpenAi, host.Services.GetRequiredService<ProviderAdapters>().For(provider).Kind);
    }

    [Fact]
    public async Task AddRouterCore_InvalidProvider_FailsAtStart()
    {
        using var host = Build(new Dictionary<string, string?> { ["Providers:broken:BaseUrl"] = "not a url" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Providers:broken:BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddRouterCore_InvalidRoutingPolicy_FailsAtStart()
    {
        using var host = Build(new Dictionary<string, string?> { ["Routing:AttemptBudget"] = "0" });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("Upstream:ConnectTimeout", "00:00:00")]
    [InlineData("Upstream:PooledConnectionLifetime", "-00:00:01")]
    [InlineData("Catalog:MaxBodyBytes", "0")]
    public async Task AddRouterCore_NonPositiveUpstreamSetting_FailsAtStart(string key, string value)
    {
        using var host = Build(new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", "false", "Upstream:HttpVersion")]
    [InlineData("2.0", "false", "Upstream:HttpVersion")]
    [InlineData("1.1", "true", "Upstream:CleartextHttp2")]
    public async Task AddRouterCore_InvalidUpstreamHttpVersion_FailsAtStart(string version, string cleartextHttp2, string named)
    {
        using var host = Build(new Dictionary<string, string?> { ["Upstream:HttpVersion"] = version, ["Upstream:CleartextHttp2"] = cleartextHttp2 });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> configuration)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.AddRouterCore();
        return builder.Build();
    }
}
