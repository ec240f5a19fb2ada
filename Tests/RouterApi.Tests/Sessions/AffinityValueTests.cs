using AspireRouter.RouterApi.Sessions;

namespace AspireRouter.RouterApi.Tests.Sessions;

/// <summary>The shared value of a conversation's model and key reads back, and values written before keys were remembered still read.</summary>
public sealed class AffinityValueTests
{
    [Fact]
    public void Format_ThenParse_GivesTheModelKeyAndExpiryBack()
    {
        var target = new AffinityTarget("vendor/model:free", 3);

        var parsed = AffinityValue.Parse(AffinityValue.Format(target, 638_900_000_000_000_000));

        Assert.Equal((target, 638_900_000_000_000_000L), parsed);
    }

    [Fact]
    public void Parse_ValueWithoutAKey_ReadsTheModelWithNoPreferredKey()
    {
        Assert.Equal((new AffinityTarget("vendor/model:free", 0), 638_900_000_000_000_000L), AffinityValue.Parse("638900000000000000:vendor/model:free"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("638900000000000000:")]
    [InlineData(":vendor/model:free")]
    [InlineData("soon:vendor/model:free")]
    [InlineData("638900000000000000#two:vendor/model:free")]
    public void Parse_ValueOfAnotherShape_IsNotKnown(string? value)
    {
        Assert.Null(AffinityValue.Parse(value));
    }
}
