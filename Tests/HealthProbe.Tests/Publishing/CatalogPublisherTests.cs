extern alias simulator;

using AspireRouter.HealthProbe.Publishing;
using AspireRouter.HealthProbe.Tests.Support;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.State;
using AspireRouter.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.HealthProbe.Tests.Publishing;

public sealed class CatalogPublisherTests
{
    [Fact]
    public async Task Start_PublishesTheFreePoolToRedis_ForEveryRouterToFollow()
    {
        await using var host = await HealthProbeTestHost.StartAsync(new SimulatorOptions { Mode = SimulatorModes.ZeroLatency });
        await using var redis = await host.Redis.ConnectAsync();
        var catalogs = new CatalogRepository(redis);
        var local = host.Services.GetRequiredService<CatalogStore>().Current;

        await Eventually.UntilAsync(async () => !(await catalogs.ReadAsync()).IsEmpty, "the pool is published", TimeSpan.FromSeconds(5));

        var published = await catalogs.ReadAsync();
        Assert.Equal(CatalogPublisher.Source, published.Source);
        Assert.Equal(local.Models.Select(m => m.Id).Order(), published.Models.Select(m => m.Id).Order());
        Assert.Equal(29, published.Models.Count);
        Assert.False(published.IsSandbox);
    }

    [Fact]
    public async Task InTheSandbox_ThePublishedPoolSaysItIsTheSandboxs()
    {
        await using var host = await HealthProbeTestHost.StartAsync(
            new SimulatorOptions { Mode = SimulatorModes.ZeroLatency },
            new Dictionary<string, string?> { ["Router:Sandbox"] = "true" });
        await using var redis = await host.Redis.ConnectAsync();
        var catalogs = new CatalogRepository(redis);

        await Eventually.UntilAsync(async () => !(await catalogs.ReadAsync()).IsEmpty, "the pool is published", TimeSpan.FromSeconds(5));

        Assert.True((await catalogs.ReadAsync()).IsSandbox);
    }
}
