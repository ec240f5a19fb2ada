using System.ClientModel;
using System.Text.Json;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;

namespace AspireRouter.RouterApi.Tests.Chat;

/// <summary>The official OpenAI .NET SDK against the router, changed only in base URL and key.</summary>
public sealed class ChatCompletionSdkTests
{
    private static readonly HashSet<string> ToolModels = FixtureModels.FreeIdsWhere(m => FixtureModels.Supports(m, "tools"));
    private static readonly HashSet<string> VisionModels = FixtureModels.FreeIdsWhere(FixtureModels.TakesImages);
    private static readonly HashSet<string> JsonModels = FixtureModels.FreeIdsWhere(m => FixtureModels.Supports(m, "response_format"));
    private static readonly HashSet<string> StructuredModels = FixtureModels.FreeIdsWhere(m => FixtureModels.Supports(m, "structured_outputs"));

    [Fact]
    public async Task CompleteChat_Free_AnswersFromAFreeModelAndSaysWhichInModelAndHeaders()
    {
        await using var host = await RouterTestHost.StartAsync();

        var result = await host.ChatClient().CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: TestContext.Current.CancellationToken);

        var completion = result.Value;
        Assert.False(string.IsNullOrWhiteSpace(completion.Content[0].Text));
        var raw = result.GetRawResponse();
        Assert.Equal(completion.Model, raw.Headers.TryGetValue("x-router-model", out var header) ? header : null);
        Assert.Equal("openrouter", raw.Headers.TryGetValue("x-router-provider", out var provider) ? provider : null);
        Assert.Equal("1", raw.Headers.TryGetValue("x-router-attempts", out var attempts) ? attempts : null);
        Assert.Equal(1, host.Simulator.RequestCount(completion.Model));
    }

    [Fact]
    public async Task CompleteChatStreaming_Free_StreamsTextAndUsageFromOneModel()
    {
        await using var host = await RouterTestHost.StartAsync();
        var options = new ChatCompletionOptions();

        var text = new System.Text.StringBuilder();
        var models = new HashSet<string>();
        ChatTokenUsage? usage = null;
        await foreach (var update in host.ChatClient().CompleteChatStreamingAsync([new UserChatMessage("Count to three.")], options, TestContext.Current.CancellationToken))
        {
            models.Add(update.Model);
            usage ??= update.Usage;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }
        }

        Assert.False(string.IsNullOrWhiteSpace(text.ToString()));
        var model = Assert.Single(models, m => !string.IsNullOrEmpty(m));
        Assert.Equal(1, host.Simulator.RequestCount(model));
        Assert.NotNull(usage);
        Assert.True(usage.OutputTokenCount > 0);
    }

    [Fact]
    public async Task CompleteChat_WithTools_OnlyToolModelsAnswer_WithAToolCall()
    {
        await using var host = await RouterTestHost.StartAsync();
        var weather = ChatTool.CreateFunctionTool(
            "get_weather",
            "Current weather for a city",
            BinaryData.FromString("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""));
        var options = new ChatCompletionOptions { Tools = { weather } };

        for (var i = 0; i < 10; i++)
        {
            ChatCompletion completion = await host.ChatClient().CompleteChatAsync([new UserChatMessage("Weather in Oslo?")], options, TestContext.Current.CancellationToken);

            Assert.Equal(ChatFinishReason.ToolCalls, completion.FinishReason);
            var call = Assert.Single(completion.ToolCalls);
            Assert.Equal("get_weather", call.FunctionName);
            Assert.True(JsonDocument.Parse(call.FunctionArguments).RootElement.TryGetProperty("city", out _));
        }

        AssertOnlyReached(host, ToolModels);
    }

    [Fact]
    public async Task CompleteChat_WithAnImage_OnlyVisionModelsAnswer()
    {
        await using var host = await RouterTestHost.StartAsync();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

        for (var i = 0; i < 10; i++)
        {
            ChatCompletion completion = await host.ChatClient().CompleteChatAsync(
                [new UserChatMessage(ChatMessageContentPart.CreateTextPart("What is in this picture?"), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(png), "image/png"))],
                cancellationToken: TestContext.Current.CancellationToken);
            Assert.False(string.IsNullOrWhiteSpace(completion.Content[0].Text));
        }

        AssertOnlyReached(host, VisionModels);
    }

    [Fact]
    public async Task CompleteChat_JsonMode_OnlyJsonModelsAnswer_WithJson()
    {
        await using var host = await RouterTestHost.StartAsync();
        var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() };

        for (var i = 0; i < 10; i++)
        {
            ChatCompletion completion = await host.ChatClient().CompleteChatAsync([new UserChatMessage("Describe a cat as JSON.")], options, TestContext.Current.CancellationToken);
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(completion.Content[0].Text).RootElement.ValueKind);
        }

        AssertOnlyReached(host, JsonModels);
    }

    [Fact]
    public async Task CompleteChat_JsonSchema_OnlyStructuredOutputModelsAnswer_WithTheRequiredProperties()
    {
        await using var host = await RouterTestHost.StartAsync();
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
                "cat",
                BinaryData.FromString("""{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],"additionalProperties":false}"""),
                jsonSchemaIsStrict: true),
        };

        for (var i = 0; i < 10; i++)
        {
            ChatCompletion completion = await host.ChatClient().CompleteChatAsync([new UserChatMessage("A cat, please.")], options, TestContext.Current.CancellationToken);
            var cat = JsonDocument.Parse(completion.Content[0].Text).RootElement;
            Assert.Equal(JsonValueKind.String, cat.GetProperty("name").ValueKind);
            Assert.Equal(JsonValueKind.Number, cat.GetProperty("age").ValueKind);
        }

        AssertOnlyReached(host, StructuredModels);
    }

    [Fact]
    public async Task CompleteChat_UnknownModel_Gets404ModelNotFoundThroughTheSdk()
    {
        await using var host = await RouterTestHost.StartAsync();

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            host.ChatClient("no-such/model").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(404, error.Status);
        Assert.Contains("model_not_found", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Simulator.ChatModels());
    }

    private static void AssertOnlyReached(RouterTestHost host, HashSet<string> allowed)
    {
        var reached = host.Simulator.ChatModels();
        Assert.NotEmpty(reached);
        Assert.All(reached, model => Assert.Contains(model, allowed));
    }
}
