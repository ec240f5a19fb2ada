using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Cloudflare;
using AspireRouter.RouterCore.Providers.Cohere;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterCore.Tests.Catalog;

/// <summary>
/// A configured embedding model (output modality <c>embeddings</c>) joins the pool with its dimensions, whatever the provider's chat
/// wire format carries, and meets the embedding requirements but never a chat's or an image's.
/// </summary>
public sealed class EmbeddingModelCatalogTests
{
    [Fact]
    public async Task WorkersAiBgeM3_IsAnEmbeddingModel_WithItsSizeAndBatch_AndShareItsFamilyWithNvidias()
    {
        var workersAi = new ProviderOptions
        {
            Name = "workers-ai",
            Kind = ProviderKinds.Cloudflare,
            BaseUrl = "https://api.cloudflare.com/client/v4/accounts/abc/ai",
            CatalogSource = CatalogSourceKind.Static,
            Models = [new StaticModelOptions { Id = "@cf/baai/bge-m3", ContextLength = 8192, OutputModalities = ["embeddings"], Dimensions = 1024, MaxInputs = 100 }],
        };

        var model = Assert.Single(await new ProviderCatalogSource(workersAi, null, CloudflareProviderAdapter.Support).FetchAsync(CancellationToken.None));

        Assert.Equal(ModelCapabilities.Embeddings, model.Capabilities);
        Assert.Equal((1024, (int?)null, 100), (model.Dimensions, model.MinDimensions, model.MaxInputs));
        Assert.Equal(ModelFamily.KeyOf("baai/bge-m3"), model.Family);
        Assert.True(FreeModelFilter.IsPoolable(model));
    }

    [Fact]
    public async Task CohereEmbed_MatryoshkaRangeKept_AndOnlyEmbeddingRequirementsAreMet()
    {
        var cohere = new ProviderOptions
        {
            Name = "cohere",
            Kind = ProviderKinds.Cohere,
            BaseUrl = "https://api.cohere.com/v2",
            CatalogSource = CatalogSourceKind.Static,
            Models = [new StaticModelOptions { Id = "embed-v4.0", OutputModalities = ["embeddings"], Dimensions = 1536, MinDimensions = 256 }],
        };

        var model = Assert.Single(await new ProviderCatalogSource(cohere, null, CohereProviderAdapter.Support).FetchAsync(CancellationToken.None));

        Assert.Equal(256, model.MinDimensions);
        Assert.True(EmbeddingRouting.Requirements.IsMetBy(model));
        Assert.False(new RequestRequirements(ModelCapabilities.TextOutput, 0).IsMetBy(model));
        Assert.False(ImageRouting.Requirements.IsMetBy(model));
    }

    [Theory]
    [InlineData(ProviderKinds.OpenAi, null, EmbeddingApi.OpenAi)]
    [InlineData(ProviderKinds.Gemini, null, EmbeddingApi.Gemini)]
    [InlineData(ProviderKinds.Cohere, null, EmbeddingApi.Cohere)]
    [InlineData(ProviderKinds.Cloudflare, null, EmbeddingApi.Cloudflare)]
    [InlineData(ProviderKinds.OpenAi, EmbeddingApi.HuggingFace, EmbeddingApi.HuggingFace)]
    public void EmbeddingsApi_IsTheKindsUnlessConfigured(string kind, EmbeddingApi? configured, EmbeddingApi expected)
    {
        var provider = new ProviderOptions { Name = "p", Kind = kind, Embeddings = new ProviderEmbeddingOptions { Api = configured } };

        Assert.Equal(expected, ProviderEmbeddingOptions.ApiOf(provider));
    }
}
