using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class CatalogRefreshServiceTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly CatalogStore _store = new();
    private readonly FakeLogger<CatalogRefreshService> _logger = new();

    [Fact]
    public async Task RefreshNowAsync_TwoSources_PublishesTheFreePoolOfBoth()
    {
        var openRouter = new FakeCatalogSource("openrouter") { Models = Fixtures.OpenRouterModels() };
        var groq = new FakeCatalogSource("groq") { Models = [TestModels.Create("groq/llama", "groq")] };
        using var service = CreateService(openRouter, groq);

        var snapshot = await service.RefreshNowAsync(CancellationToken.None);

        Assert.Same(snapshot, _store.Current);
        // The recorded catalog's 29 free chat models and groq's one.
        Assert.Equal(30, snapshot.Count);
        Assert.True(snapshot.TryGet("groq/llama", out _));
        Assert.Equal(_time.GetUtcNow(), snapshot.CreatedAt);
    }

    [Fact]
    public async Task RefreshNowAsync_SourceFails_KeepsItsLastGoodModels()
    {
        var source = new FakeCatalogSource("openrouter") { Models = [TestModels.Create("a"), TestModels.Create("b")] };
        using var service = CreateService(source);
        await service.RefreshNowAsync(CancellationToken.None);

        source.Failure = new HttpRequestException("down");
        var snapshot = await service.RefreshNowAsync(CancellationToken.None);

        Assert.Equal(2, snapshot.Count);
        Assert.Contains(_logger.Collector.GetSnapshot(), record => record.Message.Contains("could not be fetched", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefreshNowAsync_ModelsChange_LogsWhatAppearedAndDisappeared()
    {
        var source = new FakeCatalogSource("openrouter") { Models = [TestModels.Create("old")] };
        using var service = CreateService(source);
        await service.RefreshNowAsync(CancellationToken.None);
        _logger.Collector.Clear();

        source.Models = [TestModels.Create("new")];
        await service.RefreshNowAsync(CancellationToken.None);

        var messages = _logger.Collector.GetSnapshot().Select(record => record.Message).ToList();
        Assert.Contains("Model new from openrouter appeared in the pool", messages);
        Assert.Contains("Model old from openrouter disappeared from the pool", messages);
    }

    [Fact]
    public async Task ExecuteAsync_IntervalElapses_RefreshesAgain()
    {
        var source = new FakeCatalogSource("openrouter") { Models = [TestModels.Create("a")] };
        using var service = CreateService(source);

        await service.StartAsync(CancellationToken.None);
        await source.WaitForFetchAsync();
        source.Models = [TestModels.Create("a"), TestModels.Create("b")];
        _time.Advance(Interval);
        await source.WaitForFetchAsync();
        await service.StopAsync(CancellationToken.None);

        Assert.Equal(2, source.Fetches);
        Assert.Equal(2, _store.Current.Count);
    }

    private CatalogRefreshService CreateService(params FakeCatalogSource[] sources) =>
        new(sources, _store, Options.Create(new CatalogOptions { RefreshInterval = Interval }), _time, _logger);
}
