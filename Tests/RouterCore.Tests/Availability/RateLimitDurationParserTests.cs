using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class RateLimitDurationParserTests
{
    [Theory]
    [InlineData("2m59.56s", 179_560)]
    [InlineData("7.66s", 7_660)]
    [InlineData("1h2m3s", 3_723_000)]
    [InlineData("500ms", 500)]
    [InlineData("1m500ms", 60_500)]
    [InlineData(" 6m0s ", 360_000)]
    public void TryParse_GoDurations_ReadsMilliseconds(string text, double milliseconds)
    {
        Assert.True(RateLimitDurationParser.TryParse(text, out var duration));
        Assert.Equal(milliseconds, duration.TotalMilliseconds, precision: 3);
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("s")]
    [InlineData("3d")]
    [InlineData("1.2.3s")]
    [InlineData("5m-3s")]
    public void TryParse_NotADuration_Fails(string text)
    {
        Assert.False(RateLimitDurationParser.TryParse(text, out _));
    }
}
