extern alias simulator;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Input;
using AspireRouter.RouterApi.Tests.Support;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Messages;

/// <summary>
/// Errors on the Messages API come in Anthropic's shape, <c>{"type":"error","error":{"type","message"}}</c>, with Anthropic's
/// statuses and types (https://docs.claude.com/en/api/errors), before any upstream call for bad input.
/// </summary>
public sealed class MessagesErrorTests(RouterHostFixture fixture) : IClassFixture<RouterHostFixture>
{
    private static readonly string[] Pool = TestCatalog.ModelIds(2);

    public static TheoryData<string, string> BadRequests => new()
    {
        { """{"max_tokens": 10, "messages": [{"role": "user", "content": "Hi"}]}""", "model:" },
        { """{"model": "free", "messages": [{"role": "user", "content": "Hi"}]}""", "max_tokens:" },
        { """{"model": "free", "max_tokens": 0, "messages": [{"role": "user", "content": "Hi"}]}""", "max_tokens:" },
        { """{"model": "free", "max_tokens": 10}""", "messages:" },
        { """{"model": "free", "max_tokens": 10, "messages": []}""", "messages:" },
        { """{"model": "free", "max_tokens": 10, "messages": [{"role": "tool", "content": "Hi"}]}""", "messages.0.role:" },
        { """{"model": "free", "max_tokens": 10, "messages": [{"role": "user"}]}""", "messages.0.content:" },
        { """{"model": "free", "max_tokens": 10, "messages": [{"role": "user", "content": [{"type": "image", "source": {"type": "file"}}]}]}""", "messages.0.content.0.source:" },
        { """{"model": "free", "max_tokens": 10, "messages": [{"role": "user", "content": [{"type": "tool_result"}]}]}""", "messages.0.content.0.tool_use_id:" },
        { """{"model": "free", "max_tokens": 10, "messages": [{"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "n", "input": 3}]}]}""", "messages.0.content.0.input:" },
        { """{"model": "free", "max_tokens": 10, "temperature": 1.5, "messages": [{"role": "user", "content": "Hi"}]}""", "temperature:" },
        { """{"model": "free", "max_tokens": 10, "top_p": -1, "messages": [{"role": "user", "content": "Hi"}]}""", "top_p:" },
        { """{"model": "free", "max_tokens": 10, "stop_sequences": ["a", "b", "c", "d", "e"], "messages": [{"role": "user", "content": "Hi"}]}""", "stop_sequences:" },
        { """{"model": "free", "max_tokens": 10, "tools": [{"name": "f"}], "messages": [{"role": "user", "content": "Hi"}]}""", "tools.0.input_schema:" },
        { """{"model": "free", "max_tokens": 10, "tool_choice": {"type": "maybe"}, "messages": [{"role": "user", "content": "Hi"}]}""", "tool_choice.type:" },
        { """{"model": "free", "max_tokens": 10, "tools": [{"name": "f", "input_schema": {"type": "object"}}], "tool_choice": {"type": "tool", "name": "g"}, "messages": [{"role": "user", "content": "Hi"}]}""", "tool_choice.name:" },
        { """{"model": "free", "max_tokens": 10, "tools": [{"type": "bash_20250124", "name": "bash"}], "tool_choice": {"type": "tool", "name": "bash"}, "messages": [{"role": "user", "content": "Hi"}]}""", "tool_choice: it forces bash" },
        { """[1, 2]""", "The request body must be a JSON object" },
        { """{"model": """, "The request body is not valid JSON" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadInput_Is400InvalidRequestError_NamingTheField_WithoutAnUpstreamCall(string body, string messageStart)
    {
        var host = fixture.Host;
        var upstreamCalls = host.Simulator.ChatModels().Count;

        using var response = await PostRawAsync(host, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = AssertAnthropicError(await response.JsonAsync(), "invalid_request_error");
        Assert.StartsWith(messageStart, error, StringComparison.Ordinal);
        Assert.Equal(upstreamCalls, host.Simulator.ChatModels().Count);
    }

    [Fact]
    public async Task UnknownModel_Is404NotFoundError()
    {
        var host = fixture.Host;

        using var response = await host.PostMessagesAsync(MessagesRequests.Body(model: "no-such-model"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-model", AssertAnthropicError(await response.JsonAsync(), "not_found_error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Key_IsAcceptedAsXApiKeyOrBearer_AndAMissingOrWrongOneIs401AuthenticationError()
    {
        var host = fixture.Host;

        using var viaApiKey = await host.PostMessagesAsync(MessagesRequests.Body());
        using var viaBearer = await host.Client.PostAsync("v1/messages", JsonContent.Create(MessagesRequests.Body()), TestContext.Current.CancellationToken);
        using var missing = await host.PostMessagesAsync(MessagesRequests.Body(), apiKey: null);
        using var wrong = await host.PostMessagesAsync(MessagesRequests.Body(), apiKey: "not-a-router-key");

        Assert.Equal(HttpStatusCode.OK, viaApiKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, viaBearer.StatusCode);
        foreach (var refused in new[] { missing, wrong })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            AssertAnthropicError(await refused.JsonAsync(), "authentication_error");
        }
    }

    [Fact]
    public async Task UnknownPathUnderMessages_Is404NotFoundError_InAnthropicsShape()
    {
        var host = fixture.Host;

        using var response = await host.PostMessagesAsync(MessagesRequests.Body(), "v1/messages/batches");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertAnthropicError(await response.JsonAsync(), "not_found_error");
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413RequestTooLarge()
    {
        await using var host = await RouterTestHost.StartAsync(options => options.Settings["Router:MaxRequestBodyBytes"] = "1024");
        var body = MessagesRequests.Body();
        body["system"] = new string('x', 2048);

        using var response = await host.PostMessagesAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertAnthropicError(await response.JsonAsync(), "request_too_large");
    }

    [Fact]
    public async Task EveryCandidateCoolingDown_Is429RateLimitError_WithRetryAfter()
    {
        await using var host = await StartAsync(
            new FaultRule { Model = Pool[0], Kind = FaultKinds.Upstream429, RetryAfterSeconds = 40 },
            new FaultRule { Model = Pool[1], Kind = FaultKinds.Upstream429, RetryAfterSeconds = 90 });

        using var response = await host.PostMessagesAsync(MessagesRequests.Body());

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 38, 41);
        Assert.Contains("cooling down", AssertAnthropicError(await response.JsonAsync(), "rate_limit_error"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryCandidateFailing_Is529OverloadedError_SayingWhatWasTried()
    {
        await using var host = await StartAsync(new FaultRule { Kind = FaultKinds.ErrorIn200 });

        using var response = await host.PostMessagesAsync(MessagesRequests.Body(stream: true));

        Assert.Equal(529, (int)response.StatusCode);
        var message = AssertAnthropicError(await response.JsonAsync(), "overloaded_error");
        Assert.StartsWith("Tried 2 free models, none answered:", message, StringComparison.Ordinal);
    }

    private static string AssertAnthropicError(JsonElement body, string type)
    {
        Assert.Equal("error", body.GetProperty("type").GetString());
        var error = body.GetProperty("error");
        Assert.Equal(type, error.GetProperty("type").GetString());
        var message = error.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }

    private static async Task<HttpResponseMessage> PostRawAsync(RouterTestHost host, string body)
    {
        using var client = new HttpClient { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("x-api-key", RouterTestHost.ClientKey);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static Task<RouterTestHost> StartAsync(params FaultRule[] faults) =>
        RouterTestHost.StartAsync(options =>
        {
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            foreach (var fault in faults)
            {
                options.Simulator.Faults.Add(fault);
            }
        });
}
