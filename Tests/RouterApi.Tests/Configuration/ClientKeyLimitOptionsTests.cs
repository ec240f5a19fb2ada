using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Tests.Configuration;

/// <summary>Client key limits in configuration refuse to start when they name no configured key or are out of range.</summary>
public sealed class ClientKeyLimitOptionsTests
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal) { ["ci-bot"] = "ci-bot-client-key-0123456789" };

    [Fact]
    public void LimitsOfAConfiguredKey_AreValid()
    {
        var options = new RouterApiOptions
        {
            ClientKeys = Keys,
            ClientKeyLimits = new(StringComparer.Ordinal) { ["ci-bot"] = new ClientKeyLimits { RequestsPerMinute = 10, RequestsPerDay = 500, DailyShare = 1 } },
        };

        Assert.True(new RouterApiOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("ci-bot", 0, null, null, "must be positive")]
    [InlineData("ci-bot", null, -1, null, "must be positive")]
    [InlineData("ci-bot", null, null, 0.0, "daily share")]
    [InlineData("ci-bot", null, null, 1.5, "daily share")]
    [InlineData("ci-bto", 10, null, null, "names no key of Router:ClientKeys")]
    public void LimitsOutOfRangeOrOfAnUnknownKey_AreRefused(string name, int? perMinute, int? perDay, double? share, string says)
    {
        var options = new RouterApiOptions
        {
            ClientKeys = Keys,
            ClientKeyLimits = new(StringComparer.Ordinal) { [name] = new ClientKeyLimits { RequestsPerMinute = perMinute, RequestsPerDay = perDay, DailyShare = share } },
        };

        var result = new RouterApiOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Router:ClientKeyLimits:{name}", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(says, result.FailureMessage, StringComparison.Ordinal);
    }
}
