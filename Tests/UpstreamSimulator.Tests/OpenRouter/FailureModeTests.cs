using System.Globalization;
using System.Net;
using System.Text.Json;
using AspireRouter.TestSupport;
using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.UpstreamSimulator.Tests.OpenRouter;

/// <summary>Each OpenRouter failure with the status, headers and body OpenRouter sends.</summary>
public sealed class FailureModeTests
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private static async Task<(HttpResponseMessage Response, JsonElement Error, JsonElement Body)> FaultedAsync(string kind, string model = TestSimulator.FreeToolModel, int? retryAfter = null, bool stream = false)
    {
        var simulator = await TestSimulator.StartAsync(o => o.Faults = [new FaultRule { Model = model, Kind = kind, RetryAfterSeconds = retryAfter }], new FakeTimeProvider(Noon));
        await using (simulator)
        {
            using var client = simulator.Client();
            var response = await client.ChatAsync(model, stream: stream);
            var body = await response.JsonAsync();
            return (response, body.GetProperty("error"), body);
        }
    }

    [Fact]
    public async Task Chat_OverTheContextWindow_Gets400MaximumContextLength()
    {
        // https://openrouter.ai/docs/api-reference/errors: 400 when the prompt and max_tokens exceed the model's context length.
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        // nvidia/nemotron-nano-9b-v2:free has a 128,000-token window.
        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, extra: ",\"max_tokens\":127999");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("error");
        Assert.Equal(400, error.GetProperty("code").GetInt32());
        Assert.StartsWith("This endpoint's maximum context length is 128000 tokens.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_WithoutKey_Gets401NoAuthCredentials()
    {
        // https://openrouter.ai/docs/api-reference/errors: 401 invalid credentials.
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":{"message":"No auth credentials found","code":401}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Chat_UnknownKeyWhenKeysAreConfigured_Gets401UserNotFound()
    {
        // https://openrouter.ai/docs/api-reference/errors: 401 invalid credentials.
        await using var simulator = await TestSimulator.StartAsync(o => o.OpenRouter.ApiKeys = [TestSimulator.Key]);
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, key: TestSimulator.OtherKey);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("User not found.", (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Forbidden403_Gets403KeyLimitExceeded_WithNoModerationMetadata()
    {
        // A key whose own credit limit is spent: refused with 403, unlike moderation's 403 no reasons or flagged_input.
        var (response, error, _) = await FaultedAsync(FaultKinds.Forbidden403);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(403, error.GetProperty("code").GetInt32());
        Assert.StartsWith("Key limit exceeded", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(error.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task FaultForOneApiKey_HitsOnlyRequestsSentWithThatKey()
    {
        await using var simulator = await TestSimulator.StartAsync(
            o => o.Faults = [new FaultRule { Kind = FaultKinds.Payment402, ApiKey = TestSimulator.OtherKey }], new FakeTimeProvider(Noon));
        using var client = simulator.Client();

        using var faulted = await client.ChatAsync(TestSimulator.FreeToolModel, key: TestSimulator.OtherKey);
        using var served = await client.ChatAsync(TestSimulator.FreeToolModel, key: TestSimulator.Key);

        Assert.Equal(HttpStatusCode.PaymentRequired, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task RateLimitMinute_Gets429FreeModelsPerMinWithRateLimitHeadersCopiedIntoMetadata()
    {
        // https://openrouter.ai/docs/api-reference/limits: 20 requests per minute on :free models.
        var (response, error, body) = await FaultedAsync(FaultKinds.RateLimitMinute);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Rate limit exceeded: free-models-per-min.", error.GetProperty("message").GetString());
        Assert.Equal(429, error.GetProperty("code").GetInt32());
        Assert.Equal("20", response.Header("X-RateLimit-Limit"));
        Assert.Equal("0", response.Header("X-RateLimit-Remaining"));
        Assert.Equal(Noon.AddMinutes(1).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), response.Header("X-RateLimit-Reset"));
        var headers = error.GetProperty("metadata").GetProperty("headers");
        Assert.Equal(response.Header("X-RateLimit-Reset"), headers.GetProperty("X-RateLimit-Reset").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("metadata").GetProperty("provider_name").ValueKind);
        Assert.StartsWith("user_", body.GetProperty("user_id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimitDay_Gets429FreeModelsPerDayResettingAtNextUtcMidnightInEpochMilliseconds()
    {
        // https://openrouter.ai/docs/api-reference/limits: 50 free-model requests a day, 1000 after buying 10 credits.
        var (response, error, _) = await FaultedAsync(FaultKinds.RateLimitDay);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day", error.GetProperty("message").GetString());
        Assert.Equal("50", response.Header("X-RateLimit-Limit"));
        var midnight = new DateTimeOffset(2026, 5, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        Assert.Equal(midnight, response.Header("X-RateLimit-Reset"));
        Assert.Equal(midnight, error.GetProperty("metadata").GetProperty("headers").GetProperty("X-RateLimit-Reset").GetString());
    }

    [Fact]
    public async Task Capacity429_Gets429ProviderReturnedErrorFromTheSharedUpstreamPool()
    {
        // https://openrouter.ai/docs/api-reference/errors: 429, the free model's shared upstream capacity.
        var (response, error, _) = await FaultedAsync(FaultKinds.Capacity429);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Provider returned error", error.GetProperty("message").GetString());
        var metadata = error.GetProperty("metadata");
        Assert.StartsWith(TestSimulator.FreeToolModel + " is temporarily rate-limited upstream", metadata.GetProperty("raw").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(metadata.GetProperty("provider_name").GetString()));
        Assert.Equal("upstream_provider_shared_pool", metadata.GetProperty("limit_source").GetString());
    }

    [Fact]
    public async Task Upstream429_Gets429WithRawProviderBodyRetryAfterSecondsAndRetryAfterHeader()
    {
        // https://openrouter.ai/docs/api-reference/errors: provider errors carry metadata.raw and provider_name; Retry-After on 429.
        var (response, error, _) = await FaultedAsync(FaultKinds.Upstream429, retryAfter: 17);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Provider returned error", error.GetProperty("message").GetString());
        var metadata = error.GetProperty("metadata");
        Assert.Equal(17, metadata.GetProperty("retry_after_seconds").GetInt32());
        using var raw = JsonDocument.Parse(metadata.GetProperty("raw").GetString()!);
        Assert.Equal(429, raw.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(TimeSpan.FromSeconds(17), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Payment402_Gets402RequiresMoreCredits()
    {
        // https://openrouter.ai/docs/api-reference/errors: 402 insufficient credits.
        var (response, error, _) = await FaultedAsync(FaultKinds.Payment402);

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.StartsWith("This request requires more credits, or fewer max_tokens.", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(402, error.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task NoEndpoints404_Gets404NoEndpointsFoundForTheModel()
    {
        // https://openrouter.ai/docs/api-reference/errors: no provider can serve the model.
        var (response, error, _) = await FaultedAsync(FaultKinds.NoEndpoints404);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"No endpoints found for {TestSimulator.FreeToolModel}.", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(FaultKinds.BadGateway502, HttpStatusCode.BadGateway, 5)]
    [InlineData(FaultKinds.Unavailable503, HttpStatusCode.ServiceUnavailable, 30)]
    public async Task ServerFaults_GetTheirStatusWithRetryAfter(string kind, HttpStatusCode status, int usualWait)
    {
        // https://openrouter.ai/docs/api-reference/errors: 502 model down, 503 no available provider; Retry-After header.
        var (response, error, _) = await FaultedAsync(kind);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal((int)status, error.GetProperty("code").GetInt32());
        Assert.Equal(TimeSpan.FromSeconds(usualWait), response.Headers.RetryAfter?.Delta);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("metadata").GetProperty("provider_name").GetString()));
    }

    [Fact]
    public async Task ErrorIn200_Gets200WhoseBodyIsAnError()
    {
        // https://openrouter.ai/docs/api-reference/errors: once the model started, errors come in a 200 body.
        var (response, error, _) = await FaultedAsync(FaultKinds.ErrorIn200);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(502, error.GetProperty("code").GetInt32());
        Assert.Equal("Provider returned error", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task MidstreamError_StreamsSomeTokensThenAnErrorChunkWithFinishReasonError()
    {
        // https://openrouter.ai/docs/api-reference/streaming: errors during streaming arrive as a data event with an error field.
        await using var simulator = await TestSimulator.StartAsync(o => o.Faults = [new FaultRule { Kind = FaultKinds.MidstreamError }]);
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, stream: true);
        var events = await ServerSentEvents.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("[DONE]", events.Data);
        Assert.True(events.Chunks.Count > 2);
        using var last = JsonDocument.Parse(events.Chunks[^1]);
        Assert.Equal("chat.completion.chunk", last.RootElement.GetProperty("object").GetString());
        Assert.Equal(502, last.RootElement.GetProperty("error").GetProperty("code").GetInt32());
        var choice = last.RootElement.GetProperty("choices")[0];
        Assert.Equal("error", choice.GetProperty("finish_reason").GetString());
        Assert.Equal(string.Empty, choice.GetProperty("delta").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Stall_SendsNoByteUntilTheClientGivesUp_AndIsLoggedAsAbandoned()
    {
        // https://openrouter.ai/docs/api-reference/errors: 408 territory; a provider that never starts must be timed out by the client.
        // One stall: the rule is used up (and leaves the script) once the request has reached it and stalls.
        await using var simulator = await TestSimulator.StartAsync(o => o.Faults = [new FaultRule { Kind = FaultKinds.Stall, Count = 1 }]);
        using var client = simulator.Client();
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var request = new HttpRequestMessage(HttpMethod.Post, "openrouter/api/v1/chat/completions")
        {
            Content = new StringContent(HttpExtensions.ChatBody(TestSimulator.FreeToolModel, stream: true), System.Text.Encoding.UTF8, "application/json"),
            Headers = { Authorization = new("Bearer", TestSimulator.Key) },
        };

        var pending = client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, giveUp.Token);
        await Eventually.UntilAsync(() => simulator.Control.Faults.Count == 0, "the simulator stalls the request");
        await Assert.ThrowsAsync<TimeoutException>(() => pending.WaitAsync(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken));
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);

        await simulator.Control.WaitForRequestsAsync(1, TestContext.Current.CancellationToken);
        var logged = Assert.Single(simulator.Control.Requests);
        Assert.Equal(499, logged.Status);
        Assert.Equal(FaultKinds.Stall, logged.Fault);
    }

    [Fact]
    public async Task FaultWithCount_HitsOnlyTheNextNRequests()
    {
        await using var simulator = await TestSimulator.StartAsync();
        simulator.Control.AddFault(new FaultRule { Kind = FaultKinds.BadGateway502, Count = 2 });
        using var client = simulator.Client();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.ChatAsync(TestSimulator.PaidModel);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.Empty(simulator.Control.Faults);
    }

    [Fact]
    public async Task UnknownModel_Gets400NotAValidModelId()
    {
        // https://openrouter.ai/docs/api-reference/errors: 400 invalid params.
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync("nobody/nothing:free");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nobody/nothing:free is not a valid model ID", (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task ToolsOnAModelWithoutTools_Gets404NoEndpointsThatSupportToolUse()
    {
        // https://openrouter.ai/docs/api-reference/errors: 404 when no provider meets the request's requirements.
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeTextOnlyModel, extra: ""","tools":[{"type":"function","function":{"name":"f","parameters":{"type":"object"}}}]""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("No endpoints found that support tool use.", (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImageInputToATextOnlyModel_Gets404NoEndpointsThatSupportImageInput()
    {
        // https://openrouter.ai/docs/api-reference/errors: 404 when no provider meets the request's requirements.
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        var body = $$$"""{"model":"{{{TestSimulator.FreeTextOnlyModel}}}","messages":[{"role":"user","content":[{"type":"text","text":"What is this?"},{"type":"image_url","image_url":{"url":"data:image/png;base64,iVBORw0KGgo="}}]}]}""";

        using var response = await client.PostJsonAsync("openrouter/api/v1/chat/completions", body);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No endpoints found that support image input", (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString());
    }
}
