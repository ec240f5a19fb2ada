using System.Text.Json;
using AspireRouter.TestSupport;
using OpenAI.Chat;

namespace AspireRouter.UpstreamSimulator.Tests.OpenRouter;

/// <summary>Chat completions through the official OpenAI SDK, the way the router will call OpenRouter.</summary>
public sealed class ChatCompletionTests
{
    [Fact]
    public async Task CompleteChat_FreeModel_AnswersWithASentenceNamingTheModelAndMatchingUsage()
    {
        await using var simulator = await TestSimulator.StartAsync();

        ChatCompletion completion = await simulator.OpenRouter(TestSimulator.FreeToolModel)
            .CompleteChatAsync([new UserChatMessage("Say hello")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.Contains(TestSimulator.FreeToolModel, completion.Content[0].Text, StringComparison.Ordinal);
        Assert.Equal(TestSimulator.FreeToolModel, completion.Model);
        Assert.True(completion.Usage.OutputTokenCount > 5);
        Assert.Equal(completion.Usage.InputTokenCount + completion.Usage.OutputTokenCount, completion.Usage.TotalTokenCount);
    }

    [Fact]
    public async Task CompleteChatStreaming_FreeModel_StreamsTheSameKindOfTextAndReportsUsage()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var text = new System.Text.StringBuilder();
        var contentUpdates = 0;
        ChatTokenUsage? usage = null;
        ChatFinishReason? finish = null;

        await foreach (var update in simulator.OpenRouter(TestSimulator.FreeToolModel)
            .CompleteChatStreamingAsync([new UserChatMessage("Say hello")], cancellationToken: TestContext.Current.CancellationToken))
        {
            var piece = string.Concat(update.ContentUpdate.Select(part => part.Text));
            contentUpdates += piece.Length > 0 ? 1 : 0;
            text.Append(piece);
            usage ??= update.Usage;
            finish ??= update.FinishReason;
        }

        Assert.StartsWith("Simulated reply from " + TestSimulator.FreeToolModel, text.ToString(), StringComparison.Ordinal);
        Assert.Equal(ChatFinishReason.Stop, finish);
        Assert.NotNull(usage);
        Assert.Equal(contentUpdates, usage.OutputTokenCount);
    }

    [Fact]
    public async Task CompleteChat_ToolsOnAToolModel_CallsTheFirstToolWithItsRequiredArguments()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var options = new ChatCompletionOptions
        {
            Tools =
            {
                ChatTool.CreateFunctionTool("get_weather", "Weather for a city", BinaryData.FromString(
                    """{"type":"object","properties":{"city":{"type":"string"},"days":{"type":"integer","minimum":1},"units":{"type":"string","enum":["metric","imperial"]}},"required":["city","days"]}""")),
                ChatTool.CreateFunctionTool("get_time", "Time in a city", BinaryData.FromString("""{"type":"object","properties":{}}""")),
            },
        };

        ChatCompletion completion = await simulator.OpenRouter(TestSimulator.FreeToolModel)
            .CompleteChatAsync([new UserChatMessage("Weather in Paris?")], options, TestContext.Current.CancellationToken);

        Assert.Equal(ChatFinishReason.ToolCalls, completion.FinishReason);
        var call = Assert.Single(completion.ToolCalls);
        Assert.Equal("get_weather", call.FunctionName);
        using var arguments = JsonDocument.Parse(call.FunctionArguments);
        Assert.Equal(JsonValueKind.String, arguments.RootElement.GetProperty("city").ValueKind);
        Assert.True(arguments.RootElement.GetProperty("days").GetInt32() >= 1);
        Assert.Equal("metric", arguments.RootElement.GetProperty("units").GetString());
    }

    [Fact]
    public async Task CompleteChat_AfterAToolResult_AnswersInWords()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var options = new ChatCompletionOptions { Tools = { ChatTool.CreateFunctionTool("get_time", "Time", BinaryData.FromString("""{"type":"object","properties":{}}""")) } };
        List<ChatMessage> messages =
        [
            new UserChatMessage("Time?"),
            new AssistantChatMessage([ChatToolCall.CreateFunctionToolCall("call_1", "get_time", BinaryData.FromString("{}"))]),
            new ToolChatMessage("call_1", "12:00"),
        ];

        ChatCompletion completion = await simulator.OpenRouter(TestSimulator.FreeToolModel).CompleteChatAsync(messages, options, TestContext.Current.CancellationToken);

        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.NotEmpty(completion.Content[0].Text);
    }

    [Fact]
    public async Task CompleteChat_JsonSchemaFormat_ReturnsJsonWithTheRequiredProperties()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("person", BinaryData.FromString(
                """{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},"tags":{"type":"array","items":{"type":"string"}},"address":{"$ref":"#/$defs/address"}},"required":["name","age","tags","address"],"additionalProperties":false,"$defs":{"address":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}}"""),
                jsonSchemaIsStrict: true),
        };

        ChatCompletion completion = await simulator.OpenRouter(TestSimulator.FreeToolModel)
            .CompleteChatAsync([new UserChatMessage("Describe someone")], options, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(completion.Content[0].Text);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("age").ValueKind);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("tags").ValueKind);
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("address").GetProperty("city").ValueKind);
    }

    [Fact]
    public async Task CompleteChat_JsonObjectFormat_ReturnsAJsonObject()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() };

        ChatCompletion completion = await simulator.OpenRouter(TestSimulator.FreeToolModel)
            .CompleteChatAsync([new UserChatMessage("JSON please")], options, TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(completion.Content[0].Text);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }

    [Fact]
    public async Task CompleteChat_MaxOutputTokens_CutsTheReplyWithFinishReasonLength()
    {
        await using var simulator = await TestSimulator.StartAsync();
        var options = new ChatCompletionOptions { MaxOutputTokenCount = 3 };

        ChatCompletion completion = await simulator.OpenRouter(TestSimulator.FreeToolModel)
            .CompleteChatAsync([new UserChatMessage("Say hello")], options, TestContext.Current.CancellationToken);

        Assert.Equal(ChatFinishReason.Length, completion.FinishReason);
        Assert.Equal(3, completion.Usage.OutputTokenCount);
        Assert.Equal("Simulated reply from", completion.Content[0].Text);
    }

    [Fact]
    public async Task Completion_Raw_CarriesOpenRouterExtrasAndValidatesAgainstOpenAiSchema()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        OpenApiSchemaValidator.OpenAiSpec.AssertValid("CreateChatCompletionResponse", body);
        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        Assert.StartsWith("gen-", root.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(root.GetProperty("id").GetString(), response.Header("X-Generation-Id"));
        Assert.False(string.IsNullOrEmpty(root.GetProperty("provider").GetString()));
        var choice = root.GetProperty("choices")[0];
        Assert.Equal("stop", choice.GetProperty("native_finish_reason").GetString());
        Assert.Equal(JsonValueKind.Null, choice.GetProperty("logprobs").ValueKind);
    }

    [Fact]
    public async Task ToolCallCompletion_Raw_ValidatesAgainstOpenAiSchema()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string tools = ""","tools":[{"type":"function","function":{"name":"lookup","parameters":{"type":"object","properties":{"q":{"type":"string"}},"required":["q"]}}}]""";

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, extra: tools);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        OpenApiSchemaValidator.OpenAiSpec.AssertValid("CreateChatCompletionResponse", body);
        Assert.Contains("\"finish_reason\":\"tool_calls\"", body, StringComparison.Ordinal);
    }
}
