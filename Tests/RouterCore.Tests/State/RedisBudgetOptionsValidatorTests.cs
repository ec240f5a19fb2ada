using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterCore.Tests.State;

/// <summary>A request-path Redis budget that is not short and positive is refused at start, naming the setting.</summary>
public sealed class RedisBudgetOptionsValidatorTests
{
    [Theory]
    [InlineData(250, true)]
    [InlineData(5_000, true)]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(5_001, false)]
    public void RequestPath_MustBePositiveAndAtMostFiveSeconds(int milliseconds, bool valid)
    {
        var result = new RedisBudgetOptionsValidator().Validate(null, new RedisBudgetOptions { RequestPath = TimeSpan.FromMilliseconds(milliseconds) });

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("RedisBudget:RequestPath", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
