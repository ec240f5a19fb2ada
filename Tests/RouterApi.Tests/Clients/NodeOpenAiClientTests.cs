using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Clients;

/// <summary>The official <c>openai</c> npm package (Tests/NodeClient/chat.mjs) against the router: chat and streaming.</summary>
public sealed class NodeOpenAiClientTests
{
    [Fact]
    public async Task NodeOpenAiClient_ChatAndStream_BothAnsweredByFreeModels()
    {
        await using var host = await RouterTestHost.StartAsync();

        var output = await NodeClient.RunAsync("chat.mjs", host);

        using var result = JsonDocument.Parse(output);
        var chat = result.RootElement.GetProperty("chat");
        var stream = result.RootElement.GetProperty("stream");
        Assert.False(string.IsNullOrWhiteSpace(chat.GetProperty("content").GetString()));
        Assert.Equal("stop", chat.GetProperty("finish").GetString());
        Assert.False(string.IsNullOrWhiteSpace(stream.GetProperty("content").GetString()));
        Assert.True(stream.GetProperty("chunks").GetInt32() > 1);
        Assert.Equal(
            [chat.GetProperty("model").GetString()!, stream.GetProperty("model").GetString()!],
            host.Simulator.ChatModels());
    }
}
