using AspireRouter.RouterApi.Responses;

namespace AspireRouter.RouterApi.Tests.Configuration;

/// <summary><c>Responses:Retention</c> must keep responses for some time, and not longer than OpenAI does (30 days).</summary>
public sealed class ResponsesOptionsTests
{
    [Fact]
    public void DefaultRetention_IsAnHour_AndValid()
    {
        var options = new ResponsesOptions();

        Assert.Equal(TimeSpan.FromHours(1), options.Retention);
        Assert.True(new ResponsesOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-60)]
    [InlineData(31 * 24 * 3600)]
    public void RetentionOutOfRange_IsRefused(int seconds)
    {
        var result = new ResponsesOptionsValidator().Validate(null, new ResponsesOptions { Retention = TimeSpan.FromSeconds(seconds) });

        Assert.True(result.Failed);
        Assert.Contains("Responses:Retention", result.FailureMessage, StringComparison.Ordinal);
    }
}
