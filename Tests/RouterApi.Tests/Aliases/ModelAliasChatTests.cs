using System.Net;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using OpenAI.Chat;

namespace AspireRouter.RouterApi.Tests.Aliases;

/// <summary>Clients that send a fixed model name (Claude Code, Codex, SDK defaults) are served by the pool the name is aliased to.</summary>
public sealed class ModelAliasChatTests
{
    private static readonly HashSet<string> ToolModels = FixtureModels.FreeIdsWhere(m => FixtureModels.Supports(m, "tools"));
    private static readonly HashSet<string> VisionModels = FixtureModels.FreeIdsWhere(FixtureModels.TakesImages);
    private static readonly HashSet<string> AllModels = FixtureModels.FreeIdsWhere(_ => true);

    [Fact]
    public async Task ShippedAliases_GptNameThroughTheSdk_IsServedByTheFreePoolAndSaysSo()
    {
        await using var host = await RouterTestHost.StartAsync();

        var result = await host.ChatClient("gpt-4o-mini").CompleteChatAsync([new UserChatMessage("Say hello.")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(result.Value.Model, AllModels);
        Assert.True(result.GetRawResponse().Headers.TryGetValue("x-router-alias", out var alias));
        Assert.Equal("gpt-* -> free", alias);
        Assert.Equal(1, host.Simulator.RequestCount(result.Value.Model));
    }

    [Fact]
    public async Task ShippedAliases_ClaudeNameStreamed_IsServedByAToolModel()
    {
        await using var host = await RouterTestHost.StartAsync();

        using var response = await host.Client.PostStreamingAsync(ChatRequests.Body("claude-sonnet-4-5", stream: true));
        var events = await response.ReadEventsAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("claude-* -> free:tools", response.Header("x-router-alias"));
        Assert.Contains(response.Header("x-router-model"), ToolModels);
        Assert.Equal("[DONE]", events[^1]);
        Assert.Equal(response.Header("x-router-model"), JsonNode.Parse(events[0])!["model"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("gpt-4o-mini")]
    [InlineData("claude-sonnet-4-5")]
    public async Task NoAlias_FixedNames_Get404ModelNotFoundWithoutCallingAnyModel(string model)
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Settings["Routing:DefaultAliases"] = "false");

        using var response = await host.Client.PostAsync(ChatRequests.Body(model));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]!;
        Assert.Equal("model_not_found", error["code"]!.GetValue<string>());
        Assert.Equal("model", error["param"]!.GetValue<string>());
        Assert.Equal("", response.Header("x-router-alias"));
        Assert.Empty(host.Simulator.ChatModels());
    }

    [Fact]
    public async Task ConfiguredExactAlias_WinsOverTheShippedPattern()
    {
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Settings["Routing:Aliases:0:Name"] = "gpt-4o";
            options.Settings["Routing:Aliases:0:Target"] = "free:vision";
        });

        using var exact = await host.Client.PostAsync(ChatRequests.Body("gpt-4o"));
        using var pattern = await host.Client.PostAsync(ChatRequests.Body("gpt-4o-mini"));

        Assert.Equal(HttpStatusCode.OK, exact.StatusCode);
        Assert.Equal("gpt-4o -> free:vision", exact.Header("x-router-alias"));
        Assert.Contains(exact.Header("x-router-model"), VisionModels);
        Assert.Equal("gpt-* -> free", pattern.Header("x-router-alias"));
    }

    [Fact]
    public async Task FallbackList_AliasedEntry_LetsAnUnknownFirstChoiceBeServed()
    {
        await using var host = await RouterTestHost.StartAsync();
        var body = ChatRequests.Body("retired/model:free");
        body["models"] = new JsonArray("gpt-4o-mini");

        using var response = await host.Client.PostAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gpt-* -> free", response.Header("x-router-alias"));
        Assert.Contains(response.Header("x-router-model"), AllModels);
    }

    [Fact]
    public async Task PatternCoveringACatalogId_TheNamedModelItselfAnswers()
    {
        var named = AllModels.Except(VisionModels).Order(StringComparer.Ordinal).First();
        var prefix = named[..(named.IndexOf('/', StringComparison.Ordinal) + 1)];
        await using var host = await RouterTestHost.StartAsync(options =>
        {
            options.Settings["Routing:Aliases:0:Name"] = prefix + "*";
            options.Settings["Routing:Aliases:0:Target"] = "free:vision";
        });

        using var model = await host.Client.PostAsync(ChatRequests.Body(named));
        using var other = await host.Client.PostAsync(ChatRequests.Body(prefix + "no-such-model"));

        Assert.Equal(named, model.Header("x-router-model"));
        Assert.Equal("", model.Header("x-router-alias"));
        Assert.Equal($"{prefix}* -> free:vision", other.Header("x-router-alias"));
        Assert.Contains(other.Header("x-router-model"), VisionModels);
    }
}
