using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.Tests.Common;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterCore.Tests.Sizes;

public sealed class ModelSizeResolverTests
{
    [Fact]
    public void Resolve_ConfiguredActiveCount_FillsInTheTotalReadFromTheId()
    {
        var model = TestModels.Create("acme/moe-70b:free");

        var size = ModelSizeResolver.SizeOf(model, [new ModelSizeOverride { Model = "acme/moe-70b", ActiveParametersBillions = 8 }]);

        Assert.Equal(new ModelSize(70, 8, ModelSizeSource.Configuration), size);
    }

    [Fact]
    public void Resolve_ConfiguredSize_OverridesAKnownOne()
    {
        var model = TestModels.Create("openai/gpt-oss-120b:free");

        var size = ModelSizeResolver.SizeOf(model, [new ModelSizeOverride { Model = "openai/gpt-oss-120b:free", ParametersBillions = 120, ActiveParametersBillions = 5 }]);

        Assert.Equal(new ModelSize(120, 5, ModelSizeSource.Configuration), size);
    }

    [Fact]
    public void Resolve_ConfiguredSize_SizesAModelWhoseNameSaysNothing()
    {
        var model = TestModels.Create("tencent/hy3-preview:free");

        Assert.Null(ModelSizeResolver.SizeOf(model, []));
        Assert.Equal(new ModelSize(295, 21, ModelSizeSource.Configuration), ModelSizeResolver.SizeOf(model, [new ModelSizeOverride { Model = "tencent/hy3-preview", ParametersBillions = 295, ActiveParametersBillions = 21 }]));
    }

    [Theory]
    [InlineData("", 7.0, null)]
    [InlineData("a/b", null, null)]
    [InlineData("a/b", -1.0, null)]
    [InlineData("a/b", 7.0, 8.0)]
    [InlineData("a/b", double.NaN, null)]
    public void Validate_BadRow_FailsNamingTheSetting(string model, double? total, double? active)
    {
        var options = new CatalogOptions { ModelSizes = [new ModelSizeOverride { Model = model, ParametersBillions = total, ActiveParametersBillions = active }] };

        var result = new ModelSizeOverridesValidator().Validate(Options.DefaultName, options);

        Assert.True(result.Failed);
        Assert.Contains("Catalog:ModelSizes", result.FailureMessage, StringComparison.Ordinal);
    }
}
