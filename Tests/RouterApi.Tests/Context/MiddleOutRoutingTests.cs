using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;

namespace AspireRouter.RouterApi.Tests.Context;

/// <summary>A conversation longer than every context window: shortened from the middle when allowed (and said so), refused otherwise.</summary>
public sealed class MiddleOutRoutingTests
{
    private const string Small = "test/small:free";
    private const string Medium = "test/medium:free";

    [Fact]
    public async Task SdkWithMiddleOutTransform_ShortensTheConversationToTheLargestWindow_AndSaysSoInHeaders()
    {
        await using var host = await StartAsync();
        var options = new ChatCompletionOptions();
#pragma warning disable SCME0001 // JsonPatch is how the SDK sends fields OpenAI's schema lacks.
        options.Patch.Set("$.transforms"u8, BinaryData.FromString("""["middle-out"]"""));
#pragma warning restore SCME0001
        List<ChatMessage> messages = [new SystemChatMessage("Be brief.")];
        foreach (var (role, word) in new[] { ("user", "one"), ("assistant", "two"), ("user", "three"), ("assistant", "four"), ("user", "five"), ("assistant", "six") })
        {
            var text = word + " " + Conversations.Words(399);
            messages.Add(role == "user" ? new UserChatMessage(text) : new AssistantChatMessage(text));
        }

        messages.Add(new UserChatMessage("Summarize."));

        var result = await host.ChatClient().CompleteChatAsync(messages, options, TestContext.Current.CancellationToken);

        var headers = result.GetRawResponse().Headers;
        Assert.Equal("middle-out", Header(headers, "x-router-transform"));
        Assert.Equal("2", Header(headers, "x-router-messages-removed"));
        Assert.Equal("808", Header(headers, "x-router-tokens-removed"));
        Assert.Equal(Medium, result.Value.Model);
        Assert.Equal([Medium], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task LargerThanEveryWindowWithoutMiddleOut_GetsContextLengthExceeded_AndNoModelIsCalled()
    {
        await using var host = await StartAsync();

        using var response = await host.Client.PostAsync(Conversations.Body(Conversations.LongChat()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ErrorAsync(response);
        Assert.Equal("context_length_exceeded", error.GetProperty("code").GetString());
        Assert.Equal("messages", error.GetProperty("param").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.StartsWith("The largest context window in the free pool that can serve this request is 2000 tokens.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(host.Simulator.ChatModels());
        Assert.False(response.Headers.Contains("x-router-transform"));
    }

    [Fact]
    public async Task ToolCallInTheMiddle_IsRemovedWithItsResults_AndTheStreamSaysSo()
    {
        await using var host = await StartAsync(windows: [(Small, 1_000)]);
        var body = Conversations.Body(Conversations.ToolChat());
        body["transforms"] = new JsonArray("middle-out");
        body["stream"] = true;

        using var response = await host.Client.PostStreamingAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("middle-out", response.Header("x-router-transform"));
        Assert.Equal("3", response.Header("x-router-messages-removed"));
        Assert.Equal("[DONE]", (await response.ReadEventsAsync())[^1]);
        Assert.Equal([Small], host.Simulator.ChatModels());
    }

    [Fact]
    public async Task MiddleOutByDefault_ShortensWithoutBeingAsked_UnlessTheRequestSendsNoTransforms()
    {
        await using var host = await StartAsync(middleOutByDefault: true);
        var optedOut = Conversations.Body(Conversations.LongChat());
        optedOut["transforms"] = new JsonArray();

        using var shortened = await host.Client.PostAsync(Conversations.Body(Conversations.LongChat()));
        using var refused = await host.Client.PostAsync(optedOut);

        Assert.Equal(HttpStatusCode.OK, shortened.StatusCode);
        Assert.Equal("middle-out", shortened.Header("x-router-transform"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("context_length_exceeded", (await ErrorAsync(refused)).GetProperty("code").GetString());
    }

    private static Task<RouterTestHost> StartAsync((string, int)[]? windows = null, bool middleOutByDefault = false) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(windows ?? [(Small, 1_000), (Medium, 2_000)]);
            if (middleOutByDefault)
            {
                options.Settings["Routing:MiddleOutByDefault"] = "true";
            }
        });

    private static string? Header(System.ClientModel.Primitives.PipelineResponseHeaders headers, string name) =>
        headers.TryGetValue(name, out var value) ? value : null;

    private static async Task<JsonElement> ErrorAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return document.RootElement.GetProperty("error").Clone();
    }
}
