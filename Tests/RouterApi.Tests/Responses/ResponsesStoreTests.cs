using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using AspireRouter.TestSupport;

namespace AspireRouter.RouterApi.Tests.Responses;

/// <summary>Stored responses: continued with <c>previous_response_id</c>, read back, deleted, never kept with <c>store: false</c>.</summary>
public sealed class ResponsesStoreTests
{
    [Fact]
    public async Task PreviousResponseId_ContinuesTheStoredConversation_WithoutItsInstructions()
    {
        UpstreamRecorder? recorder = null;
        await using var host = await StoredStateHost.StartAsync(options => options.Services = services => recorder = UpstreamRecorder.Install(services));
        var first = new JsonObject
        {
            ["model"] = "free",
            ["instructions"] = "Be brief.",
            ["input"] = "What is the weather in Paris?",
            ["tools"] = new JsonArray(ResponsesAnswerTests.WeatherTool()),
        };
        using var called = await host.Client.PostResponseAsync(first);
        await called.EnsureOkAsync();
        var call = (await called.JsonAsync()).GetProperty("output")[0];
        Assert.Equal("function_call", call.GetProperty("type").GetString());

        var second = new JsonObject
        {
            ["model"] = "free",
            ["previous_response_id"] = (await called.JsonAsync()).GetProperty("id").GetString(),
            ["input"] = new JsonArray(new JsonObject { ["type"] = "function_call_output", ["call_id"] = call.GetProperty("call_id").GetString(), ["output"] = "18C and sunny" }),
            ["tools"] = new JsonArray(ResponsesAnswerTests.WeatherTool()),
        };
        using var answered = await host.Client.PostResponseAsync(second);

        await answered.EnsureOkAsync();
        var answer = await answered.JsonAsync();
        Assert.Equal("message", answer.GetProperty("output")[0].GetProperty("type").GetString());
        Assert.Equal(second["previous_response_id"]!.GetValue<string>(), answer.GetProperty("previous_response_id").GetString());
        var expected = new JsonArray(
            new JsonObject { ["role"] = "user", ["content"] = "What is the weather in Paris?" },
            new JsonObject
            {
                ["role"] = "assistant",
                ["content"] = null,
                ["tool_calls"] = new JsonArray(new JsonObject
                {
                    ["id"] = call.GetProperty("call_id").GetString(),
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = "get_weather", ["arguments"] = call.GetProperty("arguments").GetString() },
                }),
            },
            new JsonObject { ["role"] = "tool", ["tool_call_id"] = call.GetProperty("call_id").GetString(), ["content"] = "18C and sunny" });
        Assert.Equal(expected.ToJsonString(), recorder!.ChatBodies[1]["messages"]!.ToJsonString());
    }

    [Fact]
    public async Task StoredResponse_GetReturnsIt_DeleteRemovesIt()
    {
        await using var host = await StoredStateHost.StartAsync();
        using var created = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["metadata"] = new JsonObject { ["a"] = "b" } });
        var response = await created.JsonAsync();
        var id = response.GetProperty("id").GetString();

        using var get = await host.Client.GetAsync($"v1/responses/{id}", TestContext.Current.CancellationToken);
        await get.EnsureOkAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(response.GetRawText()), JsonNode.Parse((await get.JsonAsync()).GetRawText())));

        using var delete = await host.Client.DeleteAsync($"v1/responses/{id}", TestContext.Current.CancellationToken);
        await delete.EnsureOkAsync();
        Assert.Equal($$"""{"id":"{{id}}","object":"response","deleted":true}""", (await delete.JsonAsync()).GetRawText());
        using var gone = await host.Client.GetAsync($"v1/responses/{id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task StoredResponse_ExpiresAfterTheConfiguredRetention()
    {
        await using var host = await StoredStateHost.StartAsync(options => options.Settings["Responses:Retention"] = "00:05:00");
        using var created = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello." });
        var id = (await created.JsonAsync()).GetProperty("id").GetString();

        await using var redis = await host.Redis.ConnectAsync();
        var expiry = await redis.GetDatabase().KeyTimeToLiveAsync($"ar:response:{id}");

        Assert.InRange(expiry!.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task StoreFalse_KeepsNothing()
    {
        await using var host = await StoredStateHost.StartAsync();
        using var created = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["store"] = false, ["stream"] = true });
        await created.EnsureOkAsync();
        var id = (await created.EventsAsync())[0].Data.GetProperty("response").GetProperty("id").GetString();

        using var get = await host.Client.GetAsync($"v1/responses/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        await using var redis = await host.Redis.ConnectAsync();
        Assert.Empty(redis.GetServer(redis.GetEndPoints()[0]).Keys(pattern: "ar:response:*"));
    }

    [Fact]
    public async Task StreamedResponse_IsStored_AndAtOnceContinuable()
    {
        await using var host = await StoredStateHost.StartAsync();
        using var streamed = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello.", ["stream"] = true });
        var completed = (await streamed.EventsAsync())[^1].Data.GetProperty("response");

        using var next = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Again.", ["previous_response_id"] = completed.GetProperty("id").GetString() });

        await next.EnsureOkAsync();
        using var get = await host.Client.GetAsync($"v1/responses/{completed.GetProperty("id").GetString()}", TestContext.Current.CancellationToken);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(completed.GetRawText()), JsonNode.Parse((await get.JsonAsync()).GetRawText())));
    }

    [Fact]
    public async Task RedisDown_RequestsWithoutStoredStateAreAnswered_ContinuationsGet503()
    {
        await using var redis = await TestRedis.StartAsync(RedisKind.Garnet, pausable: true);
        await using var host = await RouterTestHost.StartAsync(options => options.SharedRedis = redis);
        using var stored = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello." });
        var id = (await stored.JsonAsync()).GetProperty("id").GetString();

        redis.Pause();
        try
        {
            using var plain = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Say hello." });
            using var continued = await host.Client.PostResponseAsync(new JsonObject { ["model"] = "free", ["input"] = "Go on.", ["previous_response_id"] = id });
            using var get = await host.Client.GetAsync($"v1/responses/{id}", TestContext.Current.CancellationToken);

            await plain.EnsureOkAsync();
            Assert.Equal((HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable), (continued.StatusCode, get.StatusCode));
            Assert.Equal("response_storage_unavailable", (await continued.JsonAsync()).GetProperty("error").GetProperty("code").GetString());
        }
        finally
        {
            redis.Resume();
        }
    }
}
