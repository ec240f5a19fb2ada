using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AspireRouter.TestSupport;
using AspireRouter.UpstreamSimulator.Configuration;
using Microsoft.Extensions.Time.Testing;
using OpenAI.Chat;

namespace AspireRouter.UpstreamSimulator.Tests.Generic;

/// <summary>
/// A generic OpenAI-compatible provider with Groq's rate-limit behaviour (https://console.groq.com/docs/rate-limits):
/// <c>x-ratelimit-*</c> on every answer (requests per day, tokens per minute), <c>retry-after</c> on 429.
/// </summary>
public sealed partial class GenericProviderTests
{
    private const string Key = "gsk_test_key_0001";

    private static Task<AspireRouter.UpstreamSimulator.Hosting.SimulatorHandle> StartAsync(TimeProvider? time = null) =>
        TestSimulator.StartAsync(
            o => o.Providers["groq"] = new GenericProviderOptions
            {
                Models =
                [
                    new() { Id = "llama-3.3-70b-versatile", OwnedBy = "Meta", RequestsPerMinute = 3, RequestsPerDay = 1000, TokensPerMinute = 12_000 },
                    new() { Id = "tiny-daily", RequestsPerMinute = 100, RequestsPerDay = 2, TokensPerMinute = 0 },
                ],
            },
            time);

    [GeneratedRegex(@"^(\d+h)?(\d+m)?(\d+(\.\d+)?s|\d+ms)$")]
    private static partial Regex GoDuration();

    [Fact]
    public async Task Models_ListsTheConfiguredModelsInOpenAiShape()
    {
        await using var simulator = await StartAsync();
        using var client = simulator.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "groq/v1/models") { Headers = { Authorization = new("Bearer", Key) } };

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        OpenApiSchemaValidator.OpenAiSpec.AssertValid("ListModelsResponse", body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(["llama-3.3-70b-versatile", "tiny-daily"], json.RootElement.GetProperty("data").EnumerateArray().Select(m => m.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Chat_OpenAiSdk_GetsACompletion()
    {
        await using var simulator = await StartAsync();

        ChatCompletion completion = await simulator.Provider("groq", "llama-3.3-70b-versatile", Key)
            .CompleteChatAsync([new UserChatMessage("Say hello")], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("llama-3.3-70b-versatile", completion.Content[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("chatcmpl-", completion.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_EveryAnswer_CarriesGroqRateLimitHeaders()
    {
        // https://console.groq.com/docs/rate-limits: -requests headers count requests per day, -tokens headers tokens per minute.
        await using var simulator = await StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), Key);
        var usage = (await response.JsonAsync()).GetProperty("usage").GetProperty("total_tokens").GetInt32();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1000", response.Header("x-ratelimit-limit-requests"));
        Assert.Equal("999", response.Header("x-ratelimit-remaining-requests"));
        Assert.Equal("12000", response.Header("x-ratelimit-limit-tokens"));
        Assert.Equal((12_000 - usage).ToString(System.Globalization.CultureInfo.InvariantCulture), response.Header("x-ratelimit-remaining-tokens"));
        Assert.Matches(GoDuration(), response.Header("x-ratelimit-reset-requests"));
        Assert.Matches(GoDuration(), response.Header("x-ratelimit-reset-tokens"));
        Assert.False(response.Headers.Contains("retry-after"));
    }

    [Fact]
    public async Task Chat_OverRequestsPerMinute_Gets429WithRetryAfterAndGroqMessage_ThenRecovers()
    {
        // https://console.groq.com/docs/rate-limits: 429 Too Many Requests, retry-after only on 429.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        await using var simulator = await StartAsync(clock);
        using var client = simulator.Client();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), Key)).Dispose();
        }

        using var limited = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), Key);
        var error = (await limited.JsonAsync()).GetProperty("error");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("rate_limit_exceeded", error.GetProperty("code").GetString());
        Assert.Equal("requests", error.GetProperty("type").GetString());
        Assert.Matches(@"^Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_\w+` service tier `on_demand` on requests per minute \(RPM\): Limit 3, Used 3, Requested 1\. Please try again in 20s\.", error.GetProperty("message").GetString());
        Assert.Equal("20", limited.Header("retry-after"));
        Assert.Equal("997", limited.Header("x-ratelimit-remaining-requests"));

        clock.Advance(TimeSpan.FromSeconds(20));
        using var recovered = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), Key);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Chat_OverRequestsPerDay_Gets429UntilTheDayBucketDrains()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        await using var simulator = await StartAsync(clock);
        using var client = simulator.Client();
        (await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("tiny-daily"), Key)).Dispose();
        (await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("tiny-daily"), Key)).Dispose();

        using var limited = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("tiny-daily"), Key);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("requests per day (RPD): Limit 2", (await limited.JsonAsync()).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("43200", limited.Header("retry-after"));

        clock.Advance(TimeSpan.FromHours(12));
        using var recovered = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("tiny-daily"), Key);
        Assert.Equal(HttpStatusCode.OK, recovered.StatusCode);
    }

    [Fact]
    public async Task Chat_WithoutKey_Gets401InvalidApiKey()
    {
        await using var simulator = await StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), key: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_api_key", (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Chat_UnknownModel_Gets404ModelNotFound()
    {
        await using var simulator = await StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("gpt-9"), Key);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("model_not_found", (await response.JsonAsync()).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Stream_SendsUsageOnlyWhenAskedAndValidatesAgainstOpenAiSchemas()
    {
        await using var simulator = await StartAsync();
        using var client = simulator.Client();

        using var plain = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile", stream: true), Key);
        using var withUsage = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile", stream: true, extra: ""","stream_options":{"include_usage":true}"""), Key);
        using var completion = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), Key);

        var plainEvents = await ServerSentEvents.ReadAsync(plain);
        var usageEvents = await ServerSentEvents.ReadAsync(withUsage);
        Assert.Equal("[DONE]", plainEvents.Data[^1]);
        Assert.DoesNotContain(plainEvents.Chunks, c => c.Contains("\"usage\"", StringComparison.Ordinal));
        Assert.Contains("\"usage\"", usageEvents.Chunks[^1], StringComparison.Ordinal);
        Assert.All(plainEvents.Chunks.Concat(usageEvents.Chunks), c => OpenApiSchemaValidator.OpenAiSpec.AssertValid("CreateChatCompletionStreamResponse", c));
        OpenApiSchemaValidator.OpenAiSpec.AssertValid("CreateChatCompletionResponse", await completion.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Fault_OnTheGenericProvider_AnswersInOpenAiErrorShapeWithRetryAfter()
    {
        await using var simulator = await StartAsync();
        simulator.Control.AddFault(new FaultRule { Provider = "groq", Kind = FaultKinds.Unavailable503, RetryAfterSeconds = 7 });
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync("groq/v1/chat/completions", HttpExtensions.ChatBody("llama-3.3-70b-versatile"), Key);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("7", response.Header("retry-after"));
        Assert.Equal("internal_server_error", (await response.JsonAsync()).GetProperty("error").GetProperty("type").GetString());
    }
}
