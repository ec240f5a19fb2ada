using AspireRouter.RouterCore.Hints;
using AspireRouter.RouterCore.Tests.Common;

namespace AspireRouter.RouterCore.Tests.Hints;

public sealed class RouterHintsReaderTests
{
    [Fact]
    public void TryRead_RouterObject_ReadsEveryHint()
    {
        var request = ChatRequests.Parse("""
            {"model":"free","messages":[{"role":"user","content":"Hi"}],
             "router":{"min_params":30,"max_params":120.5,"min_context":100000,"allow_providers":["openrouter","groq"],
                       "deny_providers":["cerebras"],"sort":"Latency","max_wait":2.5}}
            """);

        var hints = request.Hints!;
        Assert.Equal(30, hints.MinParams);
        Assert.Equal(120.5, hints.MaxParams);
        Assert.Equal(100_000, hints.MinContext);
        Assert.Equal(["openrouter", "groq"], hints.AllowProviders);
        Assert.Equal(["cerebras"], hints.DenyProviders);
        Assert.Equal(RoutingSort.Latency, hints.Sort);
        Assert.Equal(TimeSpan.FromSeconds(2.5), hints.MaxWait);
        Assert.Equal(RoutingHint.None, hints.FromHeaders);
    }

    [Fact]
    public void TryRead_NoRouterObjectOrOnlyNulls_HasNoHints()
    {
        Assert.Null(ChatRequests.Parse(ChatRequests.Hello).Hints);
        Assert.Null(ChatRequests.Parse("""{"router":{"min_params":null},"messages":[{"role":"user","content":"Hi"}]}""").Hints);
    }

    [Theory]
    [InlineData("""{"min_param":30}""", "router.min_param", "unknown_parameter")]
    [InlineData("""{"min_params":0}""", "router.min_params", "invalid_value")]
    [InlineData("""{"max_params":"70"}""", "router.max_params", "invalid_type")]
    [InlineData("""{"min_context":1.5}""", "router.min_context", "invalid_type")]
    [InlineData("""{"min_context":0}""", "router.min_context", "invalid_value")]
    [InlineData("""{"allow_providers":"openrouter"}""", "router.allow_providers", "invalid_type")]
    [InlineData("""{"deny_providers":[]}""", "router.deny_providers", "invalid_value")]
    [InlineData("""{"sort":"fastest"}""", "router.sort", "invalid_value")]
    [InlineData("""{"max_wait":-1}""", "router.max_wait", "invalid_value")]
    [InlineData("""{"min_params":80,"max_params":70}""", "router.min_params", "invalid_value")]
    [InlineData("""[1]""", "router", "invalid_type")]
    public void TryRead_BadHint_RejectsNamingIt(string router, string param, string code)
    {
        var error = ChatRequests.Reject($$"""{"router":{{router}},"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal(param, error.Param);
        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData("""["middle-out"]""", true)]
    [InlineData("""[]""", false)]
    [InlineData("""null""", null)]
    public void TryRead_Transforms_SayWhetherMiddleOutIsWanted(string transforms, bool? expected)
    {
        var request = ChatRequests.Parse($$"""{"transforms":{{transforms}},"messages":[{"role":"user","content":"Hi"}]}""");

        Assert.Equal(expected, request.MiddleOut);
    }
}
