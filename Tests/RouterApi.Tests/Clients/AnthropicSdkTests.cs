using System.Text;
using System.Text.Json;
using Anthropic;
using Anthropic.Models.Messages;
using AspireRouter.RouterApi.Tests.Input;
using AspireRouter.RouterApi.Tests.Support;

namespace AspireRouter.RouterApi.Tests.Clients;

/// <summary>The official Anthropic SDK for .NET (<c>Anthropic</c> on NuGet), changed only in base URL and key, against the router.</summary>
public sealed class AnthropicSdkTests(RouterHostFixture fixture) : IClassFixture<RouterHostFixture>
{
    private static readonly Tool Weather = new()
    {
        Name = "get_weather",
        Description = "The current weather in a city.",
        InputSchema = new InputSchema
        {
            Properties = new Dictionary<string, JsonElement> { ["city"] = JsonSerializer.SerializeToElement(new { type = "string" }) },
            Required = ["city"],
        },
    };

    [Fact]
    public async Task Create_AnswersWithTextFromAFreeModel()
    {
        var host = fixture.Host;

        var message = await Client(host).Messages.Create(
            new MessageCreateParams { Model = "free", MaxTokens = 256, Messages = [new UserMessageParam("Say hello.")] },
            TestContext.Current.CancellationToken);

        var text = Assert.Single(message.Content.Select(block => block.Value).OfType<TextBlock>());
        Assert.False(string.IsNullOrWhiteSpace(text.Text));
        Assert.Equal(StopReason.EndTurn, message.StopReason!.Value());
        Assert.Equal(message.Model.Raw(), host.Simulator.ChatModels()[^1]);
        Assert.True(message.Usage.OutputTokens > 0);
    }

    [Fact]
    public async Task CreateStreaming_DeliversTheTextInDeltas_AndEndsWithStopReasonAndUsage()
    {
        var host = fixture.Host;
        host.Simulator.SetReplyTokens(6);

        var text = new StringBuilder();
        var deltas = 0;
        StopReason? stopReason = null;
        long outputTokens = 0;
        await foreach (var update in Client(host).Messages.CreateStreaming(
            new MessageCreateParams { Model = "free", MaxTokens = 256, Messages = [new UserMessageParam("Say hello.")] },
            TestContext.Current.CancellationToken))
        {
            if (update.TryPickContentBlockDelta(out var delta) && delta.Delta.TryPickText(out var piece))
            {
                text.Append(piece.Text);
                deltas++;
            }
            else if (update.TryPickDelta(out var messageDelta))
            {
                stopReason = messageDelta.Delta.StopReason?.Value();
                outputTokens = messageDelta.Usage.OutputTokens;
            }
        }

        Assert.False(string.IsNullOrWhiteSpace(text.ToString()));
        Assert.Equal(6, deltas);
        Assert.Equal(StopReason.EndTurn, stopReason);
        Assert.Equal(6, outputTokens);
    }

    [Fact]
    public async Task ToolUseRoundTrip_TheModelCallsTheTool_ThenAnswersFromItsResult()
    {
        var host = fixture.Host;
        var client = Client(host);
        List<MessageParam> conversation = [new UserMessageParam("What is the weather in Paris?")];

        var call = await client.Messages.Create(
            new MessageCreateParams { Model = "free:tools", MaxTokens = 256, Messages = conversation, Tools = [Weather], ToolChoice = new ToolChoiceAuto() },
            TestContext.Current.CancellationToken);

        Assert.Equal(StopReason.ToolUse, call.StopReason!.Value());
        var use = Assert.Single(call.Content.Select(block => block.Value).OfType<ToolUseBlock>());
        Assert.Equal("get_weather", use.Name);
        Assert.True(use.Input.ContainsKey("city"));
        conversation.Add(new AssistantMessageParam(new List<ContentBlockParam> { new ToolUseBlockParam { ID = use.ID, Name = use.Name, Input = use.Input } }));
        conversation.Add(new UserMessageParam(new List<ContentBlockParam> { new ToolResultBlockParam { ToolUseID = use.ID, Content = "Sunny, 21 °C." } }));

        var answer = await client.Messages.Create(
            new MessageCreateParams { Model = "free:tools", MaxTokens = 256, Messages = conversation, Tools = [Weather] },
            TestContext.Current.CancellationToken);

        Assert.Equal(StopReason.EndTurn, answer.StopReason!.Value());
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(answer.Content.Select(block => block.Value).OfType<TextBlock>()).Text));
    }

    [Fact]
    public async Task CountTokens_CountsMoreForALongerPrompt_WithoutCallingAModel()
    {
        var host = fixture.Host;
        var client = Client(host);
        var upstreamCalls = host.Simulator.ChatModels().Count;

        var shorter = await client.Messages.CountTokens(
            new MessageCountTokensParams { Model = "free", Messages = [new UserMessageParam("Hello.")] },
            TestContext.Current.CancellationToken);
        var longer = await client.Messages.CountTokens(
            new MessageCountTokensParams { Model = "free", Messages = [new UserMessageParam("Hello.")], Tools = [Weather], System = "You are a meteorologist." },
            TestContext.Current.CancellationToken);

        Assert.True(shorter.InputTokens > 0);
        Assert.True(longer.InputTokens > shorter.InputTokens + 10, $"{longer.InputTokens} with a system prompt and a tool, {shorter.InputTokens} without");
        Assert.Equal(upstreamCalls, host.Simulator.ChatModels().Count);
    }

    private static AnthropicClient Client(RouterTestHost host) => new()
    {
        BaseUrl = host.BaseAddress.ToString().TrimEnd('/'),
        ApiKey = RouterTestHost.ClientKey,
        MaxRetries = 0,
    };
}
