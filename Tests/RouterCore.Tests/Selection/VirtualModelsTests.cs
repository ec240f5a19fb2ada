using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterCore.Tests.Selection;

public sealed class VirtualModelsTests
{
    [Theory]
    [InlineData("free", ModelCapabilities.None)]
    [InlineData("openrouter/free", ModelCapabilities.None)]
    [InlineData("free:tools", ModelCapabilities.Tools)]
    [InlineData("free:vision", ModelCapabilities.Vision)]
    [InlineData("free:json", ModelCapabilities.ResponseFormat)]
    [InlineData("free:image", ModelCapabilities.ImageOutput)]
    [InlineData("free:large", ModelCapabilities.None)]
    [InlineData("free:fast", ModelCapabilities.None)]
    [InlineData("free:long", ModelCapabilities.None)]
    public void TryGetAdditions_VirtualName_GivesItsRequirements(string model, ModelCapabilities expected)
    {
        Assert.True(VirtualModels.TryGetAdditions(model, out var additions));
        Assert.Equal(expected, additions);
    }

    [Theory]
    [InlineData("meta-llama/llama-3.3-70b-instruct:free")]
    [InlineData("FREE")]
    [InlineData(null)]
    public void TryGetAdditions_RealOrAbsentModel_IsNotVirtual(string? model)
    {
        Assert.False(VirtualModels.TryGetAdditions(model, out _));
    }
}
