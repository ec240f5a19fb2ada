using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.State;
using AspireRouter.RouterCore.Tests.Common;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>What HealthProbe publishes (catalog, health, quota counters) reads back as the portal shows it.</summary>
public sealed class PublishedStateTests
{
    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task Catalog_WrittenThenRead_HasTheModelsAndWhereTheyCameFrom(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var catalog = new CatalogRepository(state.Connection);
        var events = await state.RecordEventsAsync();
        Assert.True((await catalog.ReadAsync()).IsEmpty);

        await catalog.WriteAsync([TestModels.Create("b:free", contextLength: 8192), TestModels.Create("a:free")], "openrouter", state.Time.GetUtcNow(), sandbox: false, state.Events);

        var read = await catalog.ReadAsync();
        Assert.Equal(["a:free", "b:free"], read.Models.Select(model => model.Id));
        Assert.Equal(8192, read.Models[1].ContextLength);
        Assert.Equal("openrouter", read.Source);
        Assert.Equal(state.Time.GetUtcNow(), read.FetchedAt);
        Assert.False(read.IsSandbox);
        await events.WaitForAsync("catalog");
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task Catalog_SaysWhetherItIsTheSandboxs_UntilTheNextPublication(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var catalog = new CatalogRepository(state.Connection);
        Assert.Null(await catalog.ReadIsSandboxAsync());

        await catalog.WriteAsync([TestModels.Create("a:free")], "healthprobe", state.Time.GetUtcNow(), sandbox: true, state.Events);

        Assert.True((await catalog.ReadAsync()).IsSandbox);
        Assert.True(await catalog.ReadIsSandboxAsync());
        Assert.Equal("true", (string?)await state.Database.HashGetAsync("ar:catalog:meta", "sandbox"));

        await catalog.WriteAsync([TestModels.Create("a:free")], "healthprobe", state.Time.GetUtcNow(), sandbox: false, state.Events);

        Assert.False((await catalog.ReadAsync()).IsSandbox);
        Assert.False(await catalog.ReadIsSandboxAsync());
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task Health_WrittenThenRead_KeepsEveryField_AndModelsWithoutARecordAreLeftOut(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var health = new HealthRepository(state.Connection);
        var record = new ModelHealthRecord(AvailabilityState.Cooling, 0.5, 812.5, state.Time.GetUtcNow().AddMinutes(1), "429 rate limited", state.Time.GetUtcNow());

        await health.WriteAsync("a:free", record, state.Events);
        await state.Database.HashSetAsync("ar:health:c:free", "state", "sleepy");

        var read = await health.ReadAsync(["a:free", "b:free", "c:free"]);
        Assert.Equal(record, Assert.Single(read).Value);
        Assert.Equal("cooling", (string?)await state.Database.HashGetAsync("ar:health:a:free", "state"));
    }

    [Theory]
    [InlineData(RedisKind.Garnet)]
    [InlineData(RedisKind.Server)]
    public async Task Quota_ReadsTheCurrentWindowsCountAndReset_NeverAnEarlierWindows(RedisKind kind)
    {
        await using var state = await StateTestContext.StartAsync(kind);
        var now = state.Time.GetUtcNow();
        await state.Database.StringSetAsync(RedisKeys.Quota("openrouter", "minute", QuotaWindow.StartOf(now, QuotaWindow.Minute)), 7, TimeSpan.FromSeconds(30));
        await state.Database.StringSetAsync(RedisKeys.Quota("openrouter", "day", QuotaWindow.StartOf(now, QuotaWindow.Day).AddDays(-1)), 50);

        var usage = await new QuotaReader(state.Connection, state.Time).ReadAsync("openrouter");

        Assert.Equal(["minute", "day"], usage.Select(window => window.Window));
        Assert.Equal(7, usage[0].Used);
        Assert.Equal(new DateTimeOffset(2026, 5, 1, 12, 1, 0, TimeSpan.Zero), usage[0].ResetsAt);
        Assert.Equal(0, usage[1].Used);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero), usage[1].ResetsAt);
    }
}
