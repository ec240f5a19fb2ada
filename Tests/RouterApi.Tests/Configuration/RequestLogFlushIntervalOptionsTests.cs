namespace AspireRouter.RouterApi.Tests.Configuration;

/// <summary>The request log's flush interval may be zero (write as decisions come) up to 10 s, never negative or longer.</summary>
public sealed class RequestLogFlushIntervalOptionsTests
{
    private static readonly Dictionary<string, string> Key = new(StringComparer.Ordinal) { ["test"] = "test-client-key-0123456789" };

    [Theory]
    [InlineData(0, true)]
    [InlineData(250, true)]
    [InlineData(10_000, true)]
    [InlineData(-1, false)]
    [InlineData(10_001, false)]
    public void FlushInterval_IsAcceptedOnlyFromZeroToTenSeconds(int milliseconds, bool accepted)
    {
        var options = new RouterApiOptions { ClientKeys = Key, RequestLogFlushInterval = TimeSpan.FromMilliseconds(milliseconds) };

        var result = new RouterApiOptionsValidator().Validate(null, options);

        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains("Router:RequestLogFlushInterval", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
