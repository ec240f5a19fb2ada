using AspireRouter.AdminPortal.Components.Pages;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.State;
using Bunit;
using StackExchange.Redis;

namespace AspireRouter.AdminPortal.Tests.Pages;

/// <summary>The Models page shows each model's size and the load the router replicas publish.</summary>
public sealed class ModelsPageLoadTests
{
    [Fact]
    public async Task Table_ShowsSizesAndInFlightSummedOverTheLiveReplicas()
    {
        await using var portal = await PortalTestContext.StartAsync();
        await portal.PublishCatalogAsync(
            TestModels.Create("dense:free") with { Size = new ModelSize(70, null, ModelSizeSource.HuggingFaceId) },
            TestModels.Create("moe:free") with { Size = new ModelSize(30, 3, ModelSizeSource.ModelId) },
            TestModels.Create("unsized:free"));
        var now = portal.Time.GetUtcNow().ToUnixTimeMilliseconds();
        await PublishLoadAsync(portal, "replica-a", now, new HashEntry("dense:free", "2 0.5"), new HashEntry("moe:free", "1 0.1"));
        await PublishLoadAsync(portal, "replica-b", now, new HashEntry("dense:free", "3 0.2"));
        await PublishLoadAsync(portal, "replica-gone", now - 60_000, new HashEntry("dense:free", "50 9"));

        var page = portal.Bunit.Render<Models>();

        page.WaitForAssertion(() => Assert.Equal("5", Cell(page, "dense:free", "In flight")));
        Assert.Equal("70B", Cell(page, "dense:free", "Size"));
        Assert.Equal("30B (3B active)", Cell(page, "moe:free", "Size"));
        Assert.Equal("1", Cell(page, "moe:free", "In flight"));
        Assert.Equal("–", Cell(page, "unsized:free", "Size"));
        Assert.Equal("0", Cell(page, "unsized:free", "In flight"));
    }

    private static async Task PublishLoadAsync(PortalTestContext portal, string replica, long publishedAtMs, params HashEntry[] models)
    {
        await portal.Database.HashSetAsync(RedisKeys.Load(replica), models);
        await portal.Database.SortedSetAddAsync(RedisKeys.LoadReplicas, replica, publishedAtMs);
    }

    private static string Cell(IRenderedComponent<Models> page, string modelId, string label) =>
        page.FindAll("tbody tr").Single(row => row.TextContent.Contains(modelId, StringComparison.Ordinal))
            .QuerySelector($"td[data-label='{label}']")!.TextContent.Trim();
}
