using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterCore.Tests.State;

public sealed class RedisKeysTests
{
    [Fact]
    public void Health_And_Quota_Keys_Share_The_Prefix_And_Name_Their_Subject()
    {
        Assert.Equal("ar:health:meta-llama/llama-3.3-70b-instruct:free", RedisKeys.Health("meta-llama/llama-3.3-70b-instruct:free"));
        Assert.Equal("ar:quota:openrouter:day", RedisKeys.Quota("openrouter", "day"));
    }
}
