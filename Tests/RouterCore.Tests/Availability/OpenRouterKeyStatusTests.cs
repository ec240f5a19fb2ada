using System.Text;
using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterCore.Tests.Availability;

public sealed class OpenRouterKeyStatusTests
{
    [Theory]
    [InlineData("""{"data":{"label":"sk-or-v1-116...0ce","limit":null,"usage":0,"is_free_tier":true,"rate_limit":{"requests":20,"interval":"10s"}}}""", 50)]
    [InlineData("""{"data":{"label":"sk-or-v1-116...0ce","limit":5,"usage":0.1,"limit_remaining":4.9,"is_free_tier":false}}""", 1000)]
    [InlineData("""{"data":{"is_free_tier":false,"free_model_daily_requests":{"used":3,"limit":2000,"remaining":1997}}}""", 2000)]
    public void RequestsPerDay_FromTheStatedDailyLimitElseTheTier(string json, int expected)
    {
        Assert.Equal(expected, OpenRouterKeyStatus.RequestsPerDay(Encoding.UTF8.GetBytes(json)));
    }

    [Theory]
    [InlineData("""{"data":{"label":"x","usage":0}}""")]
    [InlineData("""{"error":{"message":"User not found.","code":401}}""")]
    [InlineData("""{"data":{"is_free_tier":"yes"}}""")]
    [InlineData("not json")]
    public void RequestsPerDay_WithoutTierOrLimit_IsNull(string json)
    {
        Assert.Null(OpenRouterKeyStatus.RequestsPerDay(Encoding.UTF8.GetBytes(json)));
    }
}
