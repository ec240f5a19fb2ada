using System.Net;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class CatalogSourceFactoryTests
{
    [Fact]
    public async Task CreateAll_OpenRouterProvider_GetsTextAndImageModelsFromBaseUrl()
    {
        var handler = new StubHttpHandler(HttpStatusCode.OK, Fixtures.OpenRouterModelsJson());
        var factory = Factory(handler, new ProviderOptions { Name = "openrouter", BaseUrl = "http://127.0.0.1:5999/api/v1/" });

        var models = await Assert.Single(factory.CreateAll()).FetchAsync(CancellationToken.None);

        Assert.Equal(Fixtures.OpenRouterModelCount, models.Count);
        Assert.Equal("http://127.0.0.1:5999/api/v1/models?output_modalities=text,image", Assert.Single(handler.Requests).RequestUri!.ToString());
    }

    [Fact]
    public async Task CreateAll_OpenRouterAnswersError_FetchThrows()
    {
        var handler = new StubHttpHandler(HttpStatusCode.BadGateway, []);
        var factory = Factory(handler, new ProviderOptions { Name = "openrouter", BaseUrl = "http://127.0.0.1:5999/api/v1" });

        await Assert.ThrowsAsync<HttpRequestException>(() => factory.CreateAll()[0].FetchAsync(CancellationToken.None));
    }

    [Fact]
    public async Task CreateAll_StaticProvider_ListsConfiguredModels()
    {
        var provider = new ProviderOptions
        {
            Name = "groq",
            BaseUrl = "https://api.groq.com/openai/v1",
            ApiKey = "gsk_test",
            CatalogSource = CatalogSourceKind.Static,
            Models = [new StaticModelOptions { Id = "groq/llama-3.3-70b", UpstreamId = "llama-3.3-70b-versatile", ContextLength = 131_072, SupportedParameters = ["tools"] }],
        };

        var model = Assert.Single(await Factory(new StubHttpHandler(HttpStatusCode.OK, []), provider).CreateAll()[0].FetchAsync(CancellationToken.None));

        Assert.Equal("groq", model.Provider);
        Assert.Equal("llama-3.3-70b-versatile", model.UpstreamId);
        Assert.Equal(131_072, model.ContextLength);
        Assert.Equal(ModelCapabilities.Tools | ModelCapabilities.TextOutput, model.Capabilities);
        Assert.True(FreeModelFilter.IsPoolable(model));
    }

    [Fact]
    public void CreateAll_ProvidersWithoutKeyOrDisabled_AreSkippedWithOneLineEach_NeverNamingAKey()
    {
        var logger = new FakeLogger<CatalogSourceFactory>();
        var providers = new ProvidersOptions
        {
            All =
            [
                new ProviderOptions { Name = "groq", BaseUrl = "https://api.groq.com/openai/v1", ApiKeyVariable = "GROQ_API_KEY" },
                new ProviderOptions { Name = "ollama", Kind = ProviderKinds.Ollama, BaseUrl = "http://localhost:11434", Enabled = false },
                new ProviderOptions { Name = "cohere", Kind = ProviderKinds.Cohere, BaseUrl = "https://api.cohere.com/v2", ApiKey = "co-secret", CatalogSource = CatalogSourceKind.Static },
            ],
        };
        var factory = new CatalogSourceFactory(
            Options.Create(providers), Options.Create(new CatalogOptions()), StubUpstream.Client(new StubHttpHandler(HttpStatusCode.OK, [])), TestAdapters.All(TimeProvider.System), logger);

        var sources = factory.CreateAll();

        Assert.Equal(["cohere"], sources.Select(source => source.Provider));
        var lines = logger.Collector.GetSnapshot().Select(record => record.Message).ToList();
        Assert.Equal(
            ["Provider groq is skipped: it has no API key (set Providers:groq:ApiKey or GROQ_API_KEY)", "Provider ollama is skipped: it is disabled (Enabled: false)"],
            lines);
        Assert.DoesNotContain(lines, line => line.Contains("co-secret", StringComparison.Ordinal));
    }

    private static CatalogSourceFactory Factory(StubHttpHandler handler, ProviderOptions provider) =>
        new(
            Options.Create(new ProvidersOptions { All = [provider] }),
            Options.Create(new CatalogOptions()),
            StubUpstream.Client(handler),
            TestAdapters.All(TimeProvider.System),
            NullLogger<CatalogSourceFactory>.Instance);
}
