using System.ClientModel;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;

namespace AspireRouter.RouterApi.Tests.Providers;

/// <summary>
/// The official OpenAI .NET SDK's suite (<see cref="Chat.ChatCompletionSdkTests"/>) through each wire format: a router whose
/// only provider is one simulated kind, so every answer was translated from that provider's own format.
/// </summary>
public sealed class ProviderKindSdkTests
{
    public static TheoryData<string> Kinds => [.. SimulatedProvider.All.Select(provider => provider.Kind)];

    public static TheoryData<string> VisionKinds => [.. SimulatedProvider.All.Where(provider => provider.Vision).Select(provider => provider.Kind)];

    // The Messages API has no JSON mode.
    public static TheoryData<string> JsonKinds => [.. SimulatedProvider.All.Where(provider => provider.Kind != "anthropic").Select(provider => provider.Kind)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CompleteChat_Free_AnswersAndSaysWhichModelInModelAndHeaders(string kind)
    {
        var provider = SimulatedProvider.Of(kind);
        await using var host = await StartAsync(provider);

        var result = await host.ChatClient().CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: TestContext.Current.CancellationToken);

        var completion = result.Value;
        Assert.Contains(provider.UpstreamModel, completion.Content[0].Text, StringComparison.Ordinal);
        Assert.Equal(provider.ModelId, completion.Model);
        Assert.Equal(ChatFinishReason.Stop, completion.FinishReason);
        Assert.True(completion.Usage.OutputTokenCount > 0);
        var raw = result.GetRawResponse();
        Assert.Equal(provider.ModelId, raw.Headers.TryGetValue("x-router-model", out var header) ? header : null);
        Assert.Equal(provider.Name, raw.Headers.TryGetValue("x-router-provider", out var name) ? name : null);
        Assert.Equal(1, host.Simulator.RequestCount(provider.UpstreamModel));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CompleteChatStreaming_Free_StreamsTextAndUsageFromOneModel(string kind)
    {
        var provider = SimulatedProvider.Of(kind);
        await using var host = await StartAsync(provider);

        var text = new System.Text.StringBuilder();
        var models = new HashSet<string>();
        ChatTokenUsage? usage = null;
        ChatFinishReason? finish = null;
        await foreach (var update in host.ChatClient().CompleteChatStreamingAsync([new UserChatMessage("Count to three.")], new ChatCompletionOptions(), TestContext.Current.CancellationToken))
        {
            models.Add(update.Model);
            usage ??= update.Usage;
            finish ??= update.FinishReason;
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }
        }

        Assert.Contains(provider.UpstreamModel, text.ToString(), StringComparison.Ordinal);
        Assert.Equal(provider.ModelId, Assert.Single(models, m => !string.IsNullOrEmpty(m)));
        Assert.Equal(ChatFinishReason.Stop, finish);
        Assert.NotNull(usage);
        Assert.True(usage.OutputTokenCount > 0);
        Assert.Equal(1, host.Simulator.RequestCount(provider.UpstreamModel));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CompleteChat_WithTools_AnswersWithAToolCall(string kind)
    {
        await using var host = await StartAsync(SimulatedProvider.Of(kind));
        var options = new ChatCompletionOptions { Tools = { WeatherTool() } };

        for (var i = 0; i < 3; i++)
        {
            ChatCompletion completion = await host.ChatClient().CompleteChatAsync([new UserChatMessage("Weather in Oslo?")], options, TestContext.Current.CancellationToken);

            Assert.Equal(ChatFinishReason.ToolCalls, completion.FinishReason);
            var call = Assert.Single(completion.ToolCalls);
            Assert.Equal("get_weather", call.FunctionName);
            Assert.False(string.IsNullOrEmpty(call.Id));
            Assert.True(JsonDocument.Parse(call.FunctionArguments).RootElement.TryGetProperty("city", out _));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CompleteChatStreaming_WithTools_StreamsAToolCall_ThenTheResultGetsAnAnswer(string kind)
    {
        await using var host = await StartAsync(SimulatedProvider.Of(kind));
        var options = new ChatCompletionOptions { Tools = { WeatherTool() } };
        var name = "";
        var id = "";
        var arguments = new System.Text.StringBuilder();
        ChatFinishReason? finish = null;

        await foreach (var update in host.ChatClient().CompleteChatStreamingAsync([new UserChatMessage("Weather in Oslo?")], options, TestContext.Current.CancellationToken))
        {
            finish ??= update.FinishReason;
            foreach (var call in update.ToolCallUpdates)
            {
                name += call.FunctionName;
                id += call.ToolCallId;
                arguments.Append(call.FunctionArgumentsUpdate?.ToString());
            }
        }

        Assert.Equal(("get_weather", ChatFinishReason.ToolCalls), (name, finish));
        Assert.True(JsonDocument.Parse(arguments.ToString()).RootElement.TryGetProperty("city", out _));
        ChatCompletion answer = await host.ChatClient().CompleteChatAsync(
            [
                new UserChatMessage("Weather in Oslo?"),
                new AssistantChatMessage([ChatToolCall.CreateFunctionToolCall(id, name, BinaryData.FromString(arguments.ToString()))]),
                new ToolChatMessage(id, """{"temperature":3}"""),
            ],
            options,
            TestContext.Current.CancellationToken);
        Assert.Equal(ChatFinishReason.Stop, answer.FinishReason);
        Assert.False(string.IsNullOrWhiteSpace(answer.Content[0].Text));
    }

    [Theory]
    [MemberData(nameof(VisionKinds))]
    public async Task CompleteChat_WithAnImage_Answers(string kind)
    {
        await using var host = await StartAsync(SimulatedProvider.Of(kind));
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

        ChatCompletion completion = await host.ChatClient().CompleteChatAsync(
            [new UserChatMessage(ChatMessageContentPart.CreateTextPart("What is in this picture?"), ChatMessageContentPart.CreateImagePart(BinaryData.FromBytes(png), "image/png"))],
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrWhiteSpace(completion.Content[0].Text));
    }

    [Theory]
    [MemberData(nameof(JsonKinds))]
    public async Task CompleteChat_JsonMode_AnswersWithJson(string kind)
    {
        await using var host = await StartAsync(SimulatedProvider.Of(kind));
        var options = new ChatCompletionOptions { ResponseFormat = ChatResponseFormat.CreateJsonObjectFormat() };

        ChatCompletion completion = await host.ChatClient().CompleteChatAsync([new UserChatMessage("Describe a cat as JSON.")], options, TestContext.Current.CancellationToken);

        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(completion.Content[0].Text).RootElement.ValueKind);
    }

    [Theory]
    [MemberData(nameof(JsonKinds))]
    public async Task CompleteChat_JsonSchema_AnswersWithTheRequiredProperties(string kind)
    {
        await using var host = await StartAsync(SimulatedProvider.Of(kind));
        var options = new ChatCompletionOptions
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(
                "cat",
                BinaryData.FromString("""{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],"additionalProperties":false}"""),
                jsonSchemaIsStrict: true),
        };

        ChatCompletion completion = await host.ChatClient().CompleteChatAsync([new UserChatMessage("A cat, please.")], options, TestContext.Current.CancellationToken);

        var cat = JsonDocument.Parse(completion.Content[0].Text).RootElement;
        Assert.Equal(JsonValueKind.String, cat.GetProperty("name").ValueKind);
        Assert.Equal(JsonValueKind.Number, cat.GetProperty("age").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CompleteChat_UnknownModel_Gets404ModelNotFoundThroughTheSdk(string kind)
    {
        await using var host = await StartAsync(SimulatedProvider.Of(kind));

        var error = await Assert.ThrowsAsync<ClientResultException>(() =>
            host.ChatClient("no-such/model").CompleteChatAsync([new UserChatMessage("hi")], cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(404, error.Status);
        Assert.Contains("model_not_found", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Simulator.ChatModels());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Models_ListsTheProvidersModelUnderItsNameWithWhatItsWireFormatCarries(string kind)
    {
        var provider = SimulatedProvider.Of(kind);
        await using var host = await StartAsync(provider);

        var models = await host.Client.GetFromJsonAsync<JsonObject>("v1/models", TestContext.Current.CancellationToken);

        var entry = models!["data"]!.AsArray().Single(model => model!["id"]!.GetValue<string>() == provider.ModelId)!;
        Assert.Equal(provider.Name, entry["owned_by"]!.GetValue<string>());
        var capabilities = entry["capabilities"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains("tools", capabilities);
        Assert.Equal(provider.Vision, capabilities.Contains("vision"));
        Assert.Equal(kind != "anthropic", capabilities.Contains("json_mode"));
    }

    [Fact]
    public async Task CompleteChat_JsonModeWhereNoWireFormatCarriesIt_IsRefusedAsNoModelCanServeIt()
    {
        await using var host = await StartAsync(SimulatedProvider.Anthropic);

        using var response = await host.Client.PostAsJsonAsync(
            "v1/chat/completions",
            new { model = "free", response_format = new { type = "json_object" }, messages = new[] { new { role = "user", content = "JSON please" } } },
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no_model_supports_request", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(host.Simulator.ChatModels());
    }

    private static ChatTool WeatherTool() => ChatTool.CreateFunctionTool(
        "get_weather",
        "Current weather for a city",
        BinaryData.FromString("""{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}"""));

    private static Task<RouterTestHost> StartAsync(SimulatedProvider provider) => RouterTestHost.StartAsync(options => options.UseOnly(provider));
}
