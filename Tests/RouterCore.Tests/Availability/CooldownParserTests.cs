using System.Net.Http.Headers;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class CooldownParserTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromRetryAfter_DeltaSeconds_AddsToNow()
    {
        Assert.Equal(Now.AddSeconds(30), CooldownParser.FromRetryAfter("30", Now));
    }

    [Fact]
    public void FromRetryAfter_HttpDate_IsThatInstant()
    {
        Assert.Equal(Now.AddMinutes(2), CooldownParser.FromRetryAfter("Fri, 01 May 2026 12:02:00 GMT", Now));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("Fri, 01 May 2026 11:00:00 GMT")]
    [InlineData("soon")]
    public void FromRetryAfter_PastOrUnreadable_IsNull(string value)
    {
        Assert.Null(CooldownParser.FromRetryAfter(value, Now));
    }

    [Fact]
    public void FromResetTimestamp_EpochMilliseconds_IsThatInstant()
    {
        var reset = Now.AddMinutes(5);

        Assert.Equal(reset, CooldownParser.FromResetTimestamp(reset.ToUnixTimeMilliseconds().ToString(), Now));
    }

    [Fact]
    public void FromResetTimestamp_EpochSeconds_IsThatInstant()
    {
        var reset = Now.AddMinutes(5);

        Assert.Equal(reset, CooldownParser.FromResetTimestamp(reset.ToUnixTimeSeconds().ToString(), Now));
    }

    [Fact]
    public void FromResetTimestamp_SmallNumber_IsDeltaSeconds()
    {
        Assert.Equal(Now.AddSeconds(42), CooldownParser.FromResetTimestamp("42", Now));
    }

    [Fact]
    public void FromResetTimestamp_BeyondTheHorizon_IsCapped()
    {
        var farAway = Now.AddDays(30).ToUnixTimeMilliseconds().ToString();

        Assert.Equal(Now + CooldownParser.MaxHorizon, CooldownParser.FromResetTimestamp(farAway, Now));
    }

    [Theory]
    [InlineData("x-ratelimit-reset-requests", "2m59.56s", 179_560)]
    [InlineData("X-RateLimit-Reset-Tokens", "7.66s", 7_660)]
    [InlineData("x-ratelimit-reset-requests", "1h2m3s", 3_723_000)]
    [InlineData("x-ratelimit-reset-tokens", "500ms", 500)]
    [InlineData("x-ratelimit-reset-tokens", "12", 12_000)]
    [InlineData("retry-after", "3", 3_000)]
    public void FromHeader_GroqAndOpenAiStyle_AddsTheDuration(string name, string value, double milliseconds)
    {
        Assert.Equal(Now.AddMilliseconds(milliseconds), CooldownParser.FromHeader(name, value, Now));
    }

    [Fact]
    public void FromHeader_UnrelatedHeader_IsNull()
    {
        Assert.Null(CooldownParser.FromHeader("X-RateLimit-Remaining", "0", Now));
    }

    [Fact]
    public void FromHeaders_SeveralSignals_TakesTheLatest()
    {
        using var response = new HttpResponseMessage();
        HttpHeaders headers = response.Headers;
        headers.TryAddWithoutValidation("Retry-After", "10");
        headers.TryAddWithoutValidation("x-ratelimit-reset-requests", "1m");
        headers.TryAddWithoutValidation("x-ratelimit-reset-tokens", "20s");

        Assert.Equal(Now.AddMinutes(1), CooldownParser.FromHeaders(headers, Now));
    }

    [Fact]
    public void FromHeaders_NoSignal_IsNull()
    {
        using var response = new HttpResponseMessage();

        Assert.Null(CooldownParser.FromHeaders(response.Headers, Now));
    }
}
