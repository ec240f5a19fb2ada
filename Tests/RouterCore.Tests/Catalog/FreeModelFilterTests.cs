using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class FreeModelFilterTests
{
    // Counted independently with python over the fixture: 33 models price everything at "0"; 2 of them are openrouter/*,
    // 2 more (google/lyria-3-*) output audio.
    private const int FreePoolCount = 29;

    [Fact]
    public void Apply_RecordedCatalog_KeepsExactlyTheFreeNonRouterModels()
    {
        var pool = FreeModelFilter.Apply(Fixtures.OpenRouterModels());

        Assert.Equal(FreePoolCount, pool.Count);
        Assert.Contains(pool, model => model.Id == "meta-llama/llama-3.3-70b-instruct:free");
        Assert.DoesNotContain(pool, model => model.Id == "google/lyria-3-pro-preview");
        Assert.DoesNotContain(pool, model => model.Id.StartsWith("openrouter/", StringComparison.Ordinal));
        Assert.DoesNotContain(pool, model => model.Id == "ai21/jamba-large-1.7");
    }

    [Fact]
    public void Apply_RecordedCatalog_CountsToolAndVisionModels()
    {
        var pool = FreeModelFilter.Apply(Fixtures.OpenRouterModels());

        Assert.Equal(18, pool.Count(model => model.Capabilities.HasFlag(ModelCapabilities.Tools)));
        Assert.Equal(8, pool.Count(model => model.Capabilities.HasFlag(ModelCapabilities.Vision)));
    }

    [Theory]
    [InlineData("0", "0", true)]
    [InlineData("0.0", "0.000", true)]
    [InlineData("0", "0.0000001", false)]
    [InlineData("-1", "-1", false)]
    [InlineData("0", "-1", false)]
    [InlineData("0", "free", false)]
    [InlineData("0", "", false)]
    public void IsFree_Prices_AreFreeOnlyWhenAllZero(string prompt, string completion, bool expected)
    {
        var model = WithPricing(new Dictionary<string, string> { ["prompt"] = prompt, ["completion"] = completion });

        Assert.Equal(expected, FreeModelFilter.IsFree(model));
    }

    [Fact]
    public void IsFree_MissingPrices_CountAsFree()
    {
        Assert.True(FreeModelFilter.IsFree(WithPricing(new Dictionary<string, string>())));
    }

    [Theory]
    [InlineData("openrouter/auto")]
    [InlineData("openrouter/free")]
    public void IsPoolable_MetaRouterPricedAtZero_IsExcluded(string id)
    {
        Assert.False(FreeModelFilter.IsPoolable(TestModels.Create(id)));
        Assert.True(FreeModelFilter.IsPoolable(TestModels.Create("vendor/model:free")));
    }

    [Fact]
    public void IsPoolable_FreeModelWithoutTextOrImageOutput_IsExcluded()
    {
        var audioOnly = TestModels.Create("vendor/tts") with { Capabilities = ModelCapabilities.None };
        var imageOnly = audioOnly with { Id = "vendor/painter", Capabilities = ModelCapabilities.ImageOutput };

        Assert.False(FreeModelFilter.IsPoolable(audioOnly));
        Assert.True(FreeModelFilter.IsPoolable(imageOnly));
    }

    private static ModelInfo WithPricing(Dictionary<string, string> pricing) => TestModels.Create("vendor/model") with { Pricing = pricing };
}
