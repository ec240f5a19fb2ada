using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class RedisKeysTests
{
    [Fact]
    public void Health_And_Quota_Keys_Share_The_Prefix_And_Name_Their_Subject()
    {
        Assert.Equal("ar:health:meta-llama/llama-3.3-70b-instruct:free", RedisKeys.Health("meta-llama/llama-3.3-70b-instruct:free"));
        Assert.Equal("ar:quota:openrouter:day:202605010000", RedisKeys.Quota("openrouter", "day", new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(
            "ar:quota:gemini:minute:202605011207:gemini-2.5-flash",
            RedisKeys.ModelQuota("gemini", "gemini-2.5-flash", "minute", new DateTimeOffset(2026, 5, 1, 14, 7, 0, TimeSpan.FromHours(2))));
        Assert.Equal("ar:keylimit:minute:202605011207:team:ci", RedisKeys.ClientKeyLimit("team:ci", "minute", new DateTimeOffset(2026, 5, 1, 12, 7, 0, TimeSpan.Zero)));
    }
}
