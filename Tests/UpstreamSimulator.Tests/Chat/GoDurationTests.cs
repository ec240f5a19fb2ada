using AspireRouter.UpstreamSimulator.Generic;

namespace AspireRouter.UpstreamSimulator.Tests.Chat;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData(179_560, "2m59.56s")]
    [InlineData(7_660, "7.66s")]
    [InlineData(399, "399ms")]
    [InlineData(3_723_500, "1h2m3.5s")]
    [InlineData(0, "0s")]
    public void Format_WritesDurationsTheWayGroqHeadersDo(int milliseconds, string expected) =>
        Assert.Equal(expected, GoDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));
}
