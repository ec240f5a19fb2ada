using System.Net;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Tests.Common;
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

    private static CatalogSourceFactory Factory(StubHttpHandler handler, ProviderOptions provider) =>
        new(Options.Create(new ProvidersOptions { All = [provider] }), new StubHttpClientFactory(handler));

    private sealed class StubHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
