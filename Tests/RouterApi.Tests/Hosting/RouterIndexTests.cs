using System.Net;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Hosting;

/// <summary>The root answers without a key (Claude Code requests it before its first message), naming the router's endpoints.</summary>
public sealed class RouterIndexTests
{
    [Fact]
    public async Task Root_AnswersGetAndHeadWithoutAKey_NamingTheApis()
    {
        await using var host = await RouterTestHost.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        using var get = await anonymous.GetAsync("/", TestContext.Current.CancellationToken);
        using var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        using var index = JsonDocument.Parse(await get.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var endpoints = index.RootElement.GetProperty("endpoints");
        Assert.Equal("/v1/messages", endpoints.GetProperty("messages").GetString());
        Assert.Equal("/v1/chat/completions", endpoints.GetProperty("chat_completions").GetString());
    }
}
