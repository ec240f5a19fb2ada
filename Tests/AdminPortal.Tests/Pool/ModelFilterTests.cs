using AspireRouter.AdminPortal.Components.Models;
using AspireRouter.AdminPortal.Pool;
using AspireRouter.AdminPortal.Tests.Common;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.AdminPortal.Tests.Pool;

public sealed class ModelFilterTests
{
    private static readonly ModelRow Groq = new(TestModels.Create("g", provider: "groq", capabilities: ModelCapabilities.Tools), new ModelStatus(AvailabilityState.Down, null, null), null, null, 0, 1, Blocked: false);
    private static readonly ModelRow BlockedVision = new(TestModels.Create("v", capabilities: ModelCapabilities.Vision), ModelStatus.Unknown, null, null, 0, 1, Blocked: true);

    [Fact]
    public void Matches_FiltersByProviderCapabilityStateAndBlocked()
    {
        Assert.True(ModelFilter.All.Matches(Groq));
        Assert.True(new ModelFilter("groq", "tools", "down").Matches(Groq));
        Assert.False(new ModelFilter("openrouter", null, null).Matches(Groq));
        Assert.False(new ModelFilter(null, "vision", null).Matches(Groq));
        Assert.False(new ModelFilter(null, null, "available").Matches(Groq));
        Assert.True(new ModelFilter(null, null, ModelFilter.BlockedState).Matches(BlockedVision));
        Assert.False(new ModelFilter(null, null, ModelFilter.BlockedState).Matches(Groq));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("2.5", true)]
    [InlineData("100", true)]
    [InlineData("100.01", false)]
    [InlineData("-0.5", false)]
    [InlineData("1,5", false)]
    [InlineData("NaN", false)]
    [InlineData("", false)]
    public void WeightInput_AcceptsNumbersFrom0To100(string typed, bool valid) =>
        Assert.Equal(valid, WeightInput.TryParse(typed, out _));
}
