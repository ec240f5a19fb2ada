using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Sizes;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Hints;

public sealed class RoutingHintsTests
{
    private static readonly RoutingHints Sized = new() { MinParams = 20, MaxParams = 100 };

    [Theory]
    [InlineData(20.0, true)]
    [InlineData(100.0, true)]
    [InlineData(19.9, false)]
    [InlineData(101.0, false)]
    [InlineData(null, false)]
    public void Allows_SizeHints_NeedAKnownTotalInRange(double? total, bool expected)
    {
        var model = TestModels.Create("m") with { Size = total is null ? null : new ModelSize(total, null, ModelSizeSource.ModelId) };

        Assert.Equal(expected, Sized.Allows(model));
    }

    [Fact]
    public void Allows_MinContext_NeedsAKnownWindowThatLarge()
    {
        var hints = new RoutingHints { MinContext = 100_000 };

        Assert.True(hints.Allows(TestModels.Create("long", contextLength: 131_072)));
        Assert.False(hints.Allows(TestModels.Create("short", contextLength: 32_768)));
        Assert.False(hints.Allows(TestModels.Create("unknown", contextLength: 0)));
    }

    [Fact]
    public void Allows_ProviderLists_MatchNamesIgnoringCase()
    {
        var allow = new RoutingHints { AllowProviders = ["GROQ"] };
        var deny = new RoutingHints { DenyProviders = ["groq"] };

        Assert.True(allow.Allows(TestModels.Create("a", provider: "groq")));
        Assert.False(allow.Allows(TestModels.Create("b", provider: "openrouter")));
        Assert.False(deny.Allows(TestModels.Create("a", provider: "groq")));
        Assert.True(deny.Allows(TestModels.Create("b", provider: "openrouter")));
    }
}
