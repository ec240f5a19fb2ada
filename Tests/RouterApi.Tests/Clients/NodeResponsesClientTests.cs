using System.Text.Json;
using AspireRouter.RouterApi.Tests.Responses;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Clients;

/// <summary>
/// The Responses API through the official npm clients: <c>openai</c>'s <c>responses.create</c>/<c>responses.stream</c>
/// (Tests/NodeClient/responses.mjs) and an agent of <c>@openai/agents</c> that calls a function tool (agents.mjs).
/// </summary>
public sealed class NodeResponsesClientTests
{
    [Fact]
    public async Task OpenAiNpm_CreateStreamAndBothToolRoundTrips_AreAnswered()
    {
        var script = NodeClient.Require("responses.mjs");
        await using var host = await StoredStateHost.StartAsync();

        using var result = JsonDocument.Parse(await NodeClient.RunScriptAsync(script, host));

        var root = result.RootElement;
        var plain = root.GetProperty("plain");
        Assert.Equal("completed", plain.GetProperty("status").GetString());
        Assert.Contains(plain.GetProperty("model").GetString()!, plain.GetProperty("text").GetString(), StringComparison.Ordinal);
        var stream = root.GetProperty("stream");
        Assert.Equal(stream.GetProperty("deltas").GetString(), stream.GetProperty("text").GetString());
        Assert.Equal("response.created", stream.GetProperty("events")[0].GetString());
        Assert.Equal("response.completed", stream.GetProperty("events")[stream.GetProperty("events").GetArrayLength() - 1].GetString());
        Assert.True(stream.GetProperty("usage").GetProperty("output_tokens").GetInt32() > 0);
        var roundTrip = root.GetProperty("roundTrip");
        Assert.Equal("get_weather", roundTrip.GetProperty("call").GetProperty("name").GetString());
        Assert.Equal("completed", roundTrip.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(roundTrip.GetProperty("text").GetString()));
        var previous = root.GetProperty("previous");
        Assert.Equal("get_weather", previous.GetProperty("call").GetString());
        Assert.False(string.IsNullOrWhiteSpace(previous.GetProperty("text").GetString()));
        Assert.Equal(previous.GetProperty("text").GetString(), previous.GetProperty("fetchedText").GetString());
        Assert.True(previous.GetProperty("deleted").GetProperty("deleted").GetBoolean());
    }

    [Fact]
    public async Task OpenAiAgentsSdk_AgentCallsItsFunctionTool_AndFinishes()
    {
        var script = NodeClient.Require("agents.mjs");
        await using var host = await StoredStateHost.StartAsync();

        using var result = JsonDocument.Parse(await NodeClient.RunScriptAsync(script, host));

        var root = result.RootElement;
        Assert.Equal(1, root.GetProperty("toolCalls").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("finalOutput").GetString()));
        Assert.Equal(["tool_call_item", "tool_call_output_item", "message_output_item"], root.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
        Assert.Equal(2, host.Simulator.ChatModels().Count);
    }
}
