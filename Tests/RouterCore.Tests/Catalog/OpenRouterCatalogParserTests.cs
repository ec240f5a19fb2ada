using System.Text;
using System.Text.Json;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Catalog;

public sealed class OpenRouterCatalogParserTests
{
    [Fact]
    public void Parse_RecordedCatalog_ReadsEveryModel()
    {
        var models = Fixtures.OpenRouterModels();

        Assert.Equal(Fixtures.OpenRouterModelCount, models.Count);
        Assert.All(models, model => Assert.Equal("openrouter", model.Provider));
    }

    [Fact]
    public void Parse_VisionModelWithTools_MapsFieldsAndCapabilities()
    {
        var model = Fixtures.OpenRouterModels().Single(m => m.Id == "nvidia/nemotron-nano-12b-v2-vl:free");

        Assert.Equal("nvidia/nemotron-nano-12b-v2-vl:free", model.UpstreamId);
        Assert.Equal("NVIDIA: Nemotron Nano 12B 2 VL (free)", model.Name);
        Assert.Equal(128_000, model.ContextLength);
        Assert.Equal(128_000, model.MaxCompletionTokens);
        Assert.Equal("nvidia/NVIDIA-Nemotron-Nano-12B-v2-VL-BF16", model.HuggingFaceId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1761675565), model.Created);
        Assert.Equal(["image", "text", "video"], model.InputModalities);
        Assert.Contains("seed", model.SupportedParameters);
        Assert.Equal("0", model.Pricing["prompt"]);
        Assert.Equal(
            ModelCapabilities.Tools | ModelCapabilities.ToolChoice | ModelCapabilities.Reasoning | ModelCapabilities.Vision | ModelCapabilities.TextOutput,
            model.Capabilities);
    }

    [Fact]
    public void Parse_ImageGenerationModel_HasImageOutput()
    {
        var model = Fixtures.OpenRouterModels().Single(m => m.Id == "google/gemini-2.5-flash-image");

        Assert.True(model.Capabilities.HasFlag(ModelCapabilities.ImageOutput));
    }

    [Fact]
    public void Parse_MetaRouterWithoutTopProviderContext_UsesTopLevelContextLength()
    {
        var model = Fixtures.OpenRouterModels().Single(m => m.Id == "openrouter/free");

        Assert.Equal(200_000, model.ContextLength);
        Assert.Null(model.MaxCompletionTokens);
    }

    [Fact]
    public void Parse_NumericAndNullPrices_KeepsNumbersAsTextAndDropsNulls()
    {
        var json = """{"data":[{"id":"a/b","pricing":{"prompt":0,"completion":null,"image":"0.1"}}]}""";

        var model = Assert.Single(OpenRouterCatalogParser.Parse(Encoding.UTF8.GetBytes(json), "openrouter"));

        Assert.Equal("0", model.Pricing["prompt"]);
        Assert.False(model.Pricing.ContainsKey("completion"));
        Assert.Equal("0.1", model.Pricing["image"]);
        Assert.Equal(ModelCapabilities.TextOutput, model.Capabilities);
    }

    [Fact]
    public void Parse_EntryWithoutId_IsSkipped()
    {
        var json = """{"data":[{"name":"nameless"},{"id":"a/b"}]}""";

        Assert.Equal("a/b", Assert.Single(OpenRouterCatalogParser.Parse(Encoding.UTF8.GetBytes(json), "openrouter")).Id);
    }

    [Theory]
    [InlineData("""{"data":"nope"}""")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("null")]
    public void Parse_NotAModelList_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => OpenRouterCatalogParser.Parse(Encoding.UTF8.GetBytes(json), "openrouter"));
    }
}
