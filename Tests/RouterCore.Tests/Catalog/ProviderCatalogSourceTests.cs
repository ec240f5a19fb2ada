using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Anthropic;
using AspireRouter.RouterCore.Providers.Cloudflare;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class ProviderCatalogSourceTests
{
    private static readonly ProviderOptions Groq = new()
    {
        Name = "groq",
        BaseUrl = "https://api.groq.com/openai/v1",
        ApiKey = "gsk",
        CatalogSource = CatalogSourceKind.OpenAiModels,
    };

    [Fact]
    public async Task FetchAsync_ListedModels_GetPublicIdsWithTheProviderNameAndAFamily()
    {
        var models = await Fetch(Groq, Listed("llama-3.3-70b-versatile", "openai/gpt-oss-120b"));

        Assert.Equal(["groq/llama-3.3-70b-versatile", "groq/openai/gpt-oss-120b"], models.Select(m => m.Id));
        Assert.Equal(["llama-3.3-70b-versatile", "openai/gpt-oss-120b"], models.Select(m => m.UpstreamId));
        Assert.Equal(["llama-3.3-70b", "gpt-oss-120b"], models.Select(m => m.Family));
    }

    [Fact]
    public async Task FetchAsync_OpenRouterCatalog_KeepsIdsAndPricesForTheFreeFilter()
    {
        var openRouter = new ProviderOptions { Name = "openrouter", BaseUrl = "https://openrouter.ai/api/v1" };
        var paid = TestModels.Create("meta-llama/llama-3.3-70b-instruct") with { Pricing = new Dictionary<string, string> { ["prompt"] = "0.0001" } };

        var models = await Fetch(openRouter, [TestModels.Create("meta-llama/llama-3.3-70b-instruct:free"), paid]);

        Assert.Equal(["meta-llama/llama-3.3-70b-instruct:free", "meta-llama/llama-3.3-70b-instruct"], models.Select(m => m.Id));
        Assert.Equal([true, false], models.Select(FreeModelFilter.IsFree));
    }

    [Fact]
    public async Task FetchAsync_AllowList_KeepsOnlyMatchingListedModels()
    {
        var groq = Groq with { Free = new FreeRuleOptions { Rule = FreeRule.AllowList, Models = ["llama-3.3-70b-versatile", "openai/gpt-oss-*"] } };

        var models = await Fetch(groq, Listed("llama-3.3-70b-versatile", "whisper-large-v3", "openai/gpt-oss-20b"));

        Assert.Equal(["llama-3.3-70b-versatile", "openai/gpt-oss-20b"], models.Select(m => m.UpstreamId));
    }

    [Fact]
    public async Task FetchAsync_ListAndConfiguredModels_ConfiguredOnesDescribeListedOnesAndAddTheRest()
    {
        var groq = Groq with
        {
            Free = new FreeRuleOptions { Rule = FreeRule.AllowList, Models = ["nothing-listed"] },
            Models =
            [
                new StaticModelOptions { Id = "llama-3.3-70b-versatile", ContextLength = 131_072, SupportedParameters = ["tools"], Family = "llama-3.3-70b" },
                new StaticModelOptions { Id = "not-listed-yet", ContextLength = 8192 },
                new StaticModelOptions { Id = "listed-with-context", SupportedParameters = ["tools"] },
            ],
        };

        var models = await Fetch(groq, [.. Listed("llama-3.3-70b-versatile", "other"), TestModels.Create("listed-with-context", "groq", contextLength: 65_536)]);

        Assert.Equal(["groq/llama-3.3-70b-versatile", "groq/listed-with-context", "groq/not-listed-yet"], models.Select(m => m.Id));
        Assert.Equal(131_072, models[0].ContextLength);
        Assert.Equal(65_536, models[1].ContextLength);
        Assert.True(models[0].Capabilities.HasFlag(ModelCapabilities.Tools));
    }

    [Fact]
    public async Task FetchAsync_WireFormatWithoutJsonMode_ModelsDoNotClaimIt()
    {
        var anthropic = new ProviderOptions
        {
            Name = "anthropic",
            Kind = ProviderKinds.Anthropic,
            BaseUrl = "https://api.anthropic.com/v1",
            CatalogSource = CatalogSourceKind.Static,
            Models = [new StaticModelOptions { Id = "claude-haiku-4-5", SupportedParameters = ["tools", "tool_choice", "response_format", "structured_outputs"] }],
        };

        var model = Assert.Single(await new ProviderCatalogSource(anthropic, null, AnthropicProviderAdapter.Support).FetchAsync(CancellationToken.None));

        Assert.Equal(ModelCapabilities.Tools | ModelCapabilities.ToolChoice | ModelCapabilities.TextOutput, model.Capabilities);
    }

    [Fact]
    public async Task FetchAsync_CloudflareVisionModel_DoesNotClaimImageInput()
    {
        var cloudflare = new ProviderOptions
        {
            Name = "cloudflare",
            Kind = ProviderKinds.Cloudflare,
            BaseUrl = "https://api.cloudflare.com/client/v4/accounts/abc/ai",
            CatalogSource = CatalogSourceKind.Static,
            Models = [new StaticModelOptions { Id = "@cf/meta/llama-3.2-11b-vision-instruct", InputModalities = ["text", "image"] }],
        };

        var model = Assert.Single(await new ProviderCatalogSource(cloudflare, null, CloudflareProviderAdapter.Support).FetchAsync(CancellationToken.None));

        Assert.False(model.Capabilities.HasFlag(ModelCapabilities.Vision));
        Assert.Equal("cloudflare/@cf/meta/llama-3.2-11b-vision-instruct", model.Id);
    }

    [Theory]
    [InlineData(ImageApi.Cloudflare, true)]
    [InlineData(ImageApi.Chat, false)]
    public async Task FetchAsync_WorkersAiImageModel_OffersImagesOnlyThroughAnImageApi(ImageApi api, bool offersImages)
    {
        var workersAi = new ProviderOptions
        {
            Name = "workers-ai",
            Kind = ProviderKinds.Cloudflare,
            BaseUrl = "https://api.cloudflare.com/client/v4/accounts/abc/ai",
            CatalogSource = CatalogSourceKind.Static,
            Images = new ProviderImageOptions { Api = api },
            Models = [new StaticModelOptions { Id = "@cf/black-forest-labs/flux-1-schnell", OutputModalities = ["image"] }],
        };

        var model = Assert.Single(await new ProviderCatalogSource(workersAi, null, CloudflareProviderAdapter.Support).FetchAsync(CancellationToken.None));

        // Workers AI's chat wire format cannot carry modalities; its text-to-image API makes the images.
        Assert.Equal(offersImages, model.Capabilities.HasFlag(ModelCapabilities.ImageOutput));
        Assert.False(model.Capabilities.HasFlag(ModelCapabilities.TextOutput));
    }

    [Fact]
    public async Task FetchAsync_ProviderRejectsTools_ModelsDoNotClaimThem()
    {
        var groq = Groq with { Parameters = new ParameterOptions { Reject = ["tools"] } };
        var listed = TestModels.Create("llama-3.3-70b-versatile", capabilities: ModelCapabilities.Tools | ModelCapabilities.ToolChoice);

        var model = Assert.Single(await Fetch(groq, [listed]));

        Assert.Equal(ModelCapabilities.TextOutput, model.Capabilities);
    }

    private static ModelInfo[] Listed(params string[] ids) => [.. ids.Select(id => TestModels.Create(id, "groq"))];

    private static async Task<IReadOnlyList<ModelInfo>> Fetch(ProviderOptions provider, ModelInfo[] listed)
    {
        var list = new FakeCatalogSource(provider.Name) { Models = listed };
        return await new ProviderCatalogSource(provider, list, ParameterSupport.PassThrough).FetchAsync(CancellationToken.None);
    }
}
