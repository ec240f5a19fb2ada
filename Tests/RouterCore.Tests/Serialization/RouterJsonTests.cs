using System.Text.Json;
using AspireRouter.RouterCore.Serialization;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Serialization;

public sealed class RouterJsonTests
{
    [Fact]
    public void ModelInfo_RoundTrip_KeepsEveryField()
    {
        var model = Fixtures.OpenRouterModels().Single(m => m.Id == "nvidia/nemotron-nano-12b-v2-vl:free");

        var json = JsonSerializer.Serialize(model, RouterJson.ModelInfo);
        var copy = JsonSerializer.Deserialize(json, RouterJson.ModelInfo)!;

        Assert.Contains("\"context_length\":128000", json, StringComparison.Ordinal);
        Assert.Contains("\"capabilities\":\"Tools, ToolChoice, Vision, Reasoning, TextOutput\"", json, StringComparison.Ordinal);
        Assert.Equal(model.Capabilities, copy.Capabilities);
        Assert.Equal(model.InputModalities, copy.InputModalities);
        Assert.Equal(model.SupportedParameters, copy.SupportedParameters);
        Assert.Equal(model.Pricing, copy.Pricing);
        Assert.Equal(model.Created, copy.Created);
        Assert.Equal((model.Id, model.Provider, model.UpstreamId, model.Name), (copy.Id, copy.Provider, copy.UpstreamId, copy.Name));
        Assert.Equal((model.ContextLength, model.MaxCompletionTokens, model.HuggingFaceId), (copy.ContextLength, copy.MaxCompletionTokens, copy.HuggingFaceId));
    }
}
