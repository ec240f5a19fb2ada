using System.Globalization;
using System.Net.Http;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SpentUntil_OpenRouterRemainingZero_IsTheAccountsResetInEpochMilliseconds_ForTheProvider()
    {
        var reset = Now.AddSeconds(42);
        using var response = Answer(("X-RateLimit-Limit", "20"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", reset.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));

        var until = RateLimitHeaders.SpentUntil(response.Headers, Now, out var scope);

        Assert.Equal(reset, until);
        Assert.Equal(CooldownScope.Provider, scope);
    }

    [Fact]
    public void SpentUntil_GroqRemainingRequestsZero_IsNowPlusTheResetDuration_ForTheModel()
    {
        using var response = Answer(("x-ratelimit-limit-requests", "1000"), ("x-ratelimit-remaining-requests", "0"), ("x-ratelimit-reset-requests", "2m59.56s"));

        var until = RateLimitHeaders.SpentUntil(response.Headers, Now, out var scope);

        Assert.Equal(Now + TimeSpan.FromSeconds(179.56), until);
        Assert.Equal(CooldownScope.Model, scope);
    }

    [Fact]
    public void Remaining_OpenRouterThreeLeftUntilMidnight_IsTheAccountsDayWindow()
    {
        var midnight = new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero);
        using var response = Answer(("X-RateLimit-Limit", "1000"), ("X-RateLimit-Remaining", "3"), ("X-RateLimit-Reset", midnight.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)));

        var left = RateLimitHeaders.Remaining(response.Headers, Now);

        Assert.Equal(new RateLimitRemaining(CooldownScope.Provider, 3, midnight), left);
        Assert.Equal(QuotaWindow.Day, left!.Value.WindowAt(Now));
    }

    [Theory]
    [InlineData("2m59.56s", 179.56, "day")]
    [InlineData("7.66s", 7.66, "minute")]
    public void Remaining_GroqRequestsLeft_IsTheModelsWindow_ByHowFarItsResetIs(string reset, double seconds, string window)
    {
        using var response = Answer(("x-ratelimit-remaining-requests", "12"), ("x-ratelimit-reset-requests", reset), ("x-ratelimit-remaining-tokens", "0"));

        var left = RateLimitHeaders.Remaining(response.Headers, Now);

        Assert.Equal(new RateLimitRemaining(CooldownScope.Model, 12, Now + TimeSpan.FromSeconds(seconds)), left);
        Assert.Equal(window == "day" ? QuotaWindow.Day : QuotaWindow.Minute, left!.Value.WindowAt(Now));
    }

    [Theory]
    [InlineData("x-ratelimit-remaining-requests", "many", "x-ratelimit-reset-requests", "7.66s")]
    [InlineData("x-ratelimit-remaining-requests", "12", "x-ratelimit-reset-requests", "soon")]
    [InlineData("x-ratelimit-remaining-tokens", "500", "x-ratelimit-reset-tokens", "7.66s")]
    [InlineData("X-RateLimit-Remaining", "3", "X-RateLimit-Reset", "1777636700000")]
    public void Remaining_Unreadable_TokensOnly_OrResetPassed_IsNull(string remaining, string left, string reset, string resetValue)
    {
        using var response = Answer((remaining, left), (reset, resetValue));

        Assert.Null(RateLimitHeaders.Remaining(response.Headers, Now));
    }

    [Theory]
    [InlineData("X-RateLimit-Remaining", "3", "X-RateLimit-Reset", "1777636860000")]
    [InlineData("x-ratelimit-remaining-requests", "12", "x-ratelimit-reset-requests", "7.66s")]
    [InlineData("x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "7.66s")]
    [InlineData("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "1777636700000")]
    [InlineData("X-RateLimit-Remaining", "0", "X-Other", "60")]
    public void SpentUntil_RequestsLeft_TokensOnly_ResetPassed_OrNoReset_IsNull(string remaining, string left, string reset, string resetValue)
    {
        using var response = Answer((remaining, left), (reset, resetValue));

        Assert.Null(RateLimitHeaders.SpentUntil(response.Headers, Now, out _));
    }

    [Fact]
    public void SpentUntil_NoRateLimitHeaders_IsNull()
    {
        using var response = new HttpResponseMessage();

        Assert.Null(RateLimitHeaders.SpentUntil(response.Headers, Now, out _));
    }

    private static HttpResponseMessage Answer(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }
}
