using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Requirements;

public sealed class RequestRequirementsTests
{
    [Fact]
    public void IsMetBy_MissingCapability_IsFalse()
    {
        var requirements = new RequestRequirements(ModelCapabilities.Tools | ModelCapabilities.TextOutput, 100);

        Assert.False(requirements.IsMetBy(TestModels.Create("plain")));
        Assert.True(requirements.IsMetBy(TestModels.Create("tools", capabilities: ModelCapabilities.Tools | ModelCapabilities.Vision)));
    }

    [Theory]
    [InlineData(8_192, false)]
    [InlineData(10_000, true)]
    [InlineData(0, true)]
    public void IsMetBy_ContextLength_MustReachTheMinimumUnlessUnknown(int contextLength, bool expected)
    {
        var requirements = new RequestRequirements(ModelCapabilities.TextOutput, 10_000);

        Assert.Equal(expected, requirements.IsMetBy(TestModels.Create("m", contextLength: contextLength)));
    }

    [Fact]
    public void With_Additions_KeepsExistingNeeds()
    {
        var requirements = new RequestRequirements(ModelCapabilities.Tools, 10).With(ModelCapabilities.Vision);

        Assert.True(requirements.NeedsTools);
        Assert.True(requirements.NeedsVision);
        Assert.Equal(10, requirements.MinContextTokens);
    }
}
