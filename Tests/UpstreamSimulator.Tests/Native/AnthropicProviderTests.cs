using System.Net;
using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Tests.Native;

/// <summary>The simulated Messages API, from https://docs.anthropic.com/en/api/messages, its streaming events and errors.</summary>
public sealed class AnthropicProviderTests
{
    private const string Hello = """{"model":"claude-haiku-4-5","max_tokens":100,"messages":[{"role":"user","content":"Say hello"}]}""";
    private static readonly (string, string)[] Headers = [("x-api-key", "sk-ant-test"), ("anthropic-version", "2023-06-01")];

    [Fact]
    public async Task Messages_AnswersWithAMessage()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("anthropic/v1/messages", Hello, Headers);
        var message = await response.JsonAsync();

        Assert.Equal("message", message.GetProperty("type").GetString());
        Assert.StartsWith("msg_", message.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("text", message.GetProperty("content")[0].GetProperty("type").GetString());
        Assert.Equal("end_turn", message.GetProperty("stop_reason").GetString());
        Assert.True(message.GetProperty("usage").GetProperty("output_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task Messages_Streamed_SendsTheDocumentedEventSequence()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("anthropic/v1/messages", Hello.Replace("\"max_tokens\"", "\"stream\":true,\"max_tokens\"", StringComparison.Ordinal), Headers);
        var events = await response.EventsAsync();

        var names = events.Select(e => e.Event).Distinct().ToList();
        Assert.Equal(["message_start", "content_block_start", "ping", "content_block_delta", "content_block_stop", "message_delta", "message_stop"], names);
        Assert.All(events, e => Assert.Equal(e.Event, e.Data.GetProperty("type").GetString()));
        Assert.Equal("end_turn", events.Single(e => e.Event == "message_delta").Data.GetProperty("delta").GetProperty("stop_reason").GetString());
    }

    [Fact]
    public async Task Messages_Tool_IsAToolUseBlock_StreamedAsInputJsonDeltas()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string request = """
            {"model":"claude-haiku-4-5","max_tokens":100,"stream":true,"messages":[{"role":"user","content":"Weather?"}],
             "tools":[{"name":"get_weather","input_schema":{"type":"object","properties":{"city":{"type":"string"}}}}],"tool_choice":{"type":"any"}}
            """;

        using var response = await client.PostAsync("anthropic/v1/messages", request, Headers);
        var events = await response.EventsAsync();

        Assert.Equal("tool_use", events.Single(e => e.Event == "content_block_start").Data.GetProperty("content_block").GetProperty("type").GetString());
        var json = string.Concat(events.Where(e => e.Event == "content_block_delta").Select(e => e.Data.GetProperty("delta").GetProperty("partial_json").GetString()));
        Assert.Contains("city", json, StringComparison.Ordinal);
        Assert.Equal("tool_use", events.Single(e => e.Event == "message_delta").Data.GetProperty("delta").GetProperty("stop_reason").GetString());
    }

    [Theory]
    [InlineData("""{"model":"claude-haiku-4-5","messages":[{"role":"user","content":"Hi"}]}""", "max_tokens: Field required")]
    [InlineData("""{"model":"claude-haiku-4-5","max_tokens":10,"messages":[{"role":"system","content":"Be brief"},{"role":"user","content":"Hi"}]}""", "Unexpected role \"system\"")]
    [InlineData("""{"model":"claude-haiku-4-5","max_tokens":10,"temperature":1.5,"messages":[{"role":"user","content":"Hi"}]}""", "temperature: range: 0..1")]
    public async Task Messages_Malformed_Is400InvalidRequestError(string request, string expected)
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("anthropic/v1/messages", request, Headers);
        var error = (await response.JsonAsync()).GetProperty("error");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Contains(expected, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_OverloadedFault_Is529OverloadedError_AndSpentLimitsAre429WithRetryAfter()
    {
        await using var simulator = await TestSimulator.StartAsync(o =>
        {
            o.Anthropic.Models = [new() { Id = "claude-haiku-4-5", RequestsPerMinute = 2, RequestsPerDay = 0, TokensPerMinute = 0 }];
            o.Faults.Add(new FaultRule { Provider = NativeKinds.Anthropic, Kind = FaultKinds.Capacity429, Count = 1 });
        });
        using var client = simulator.Client();

        using var overloaded = await client.PostAsync("anthropic/v1/messages", Hello, Headers);
        using var served = await client.PostAsync("anthropic/v1/messages", Hello, Headers);
        using var limited = await client.PostAsync("anthropic/v1/messages", Hello, Headers);

        Assert.Equal(529, (int)overloaded.StatusCode);
        Assert.Equal("overloaded_error", (await overloaded.JsonAsync()).GetProperty("error").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("rate_limit_error", (await limited.JsonAsync()).GetProperty("error").GetProperty("type").GetString());
        Assert.True(int.Parse(limited.Header("retry-after"), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public async Task Messages_WithoutVersionHeader_Is400()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("anthropic/v1/messages", Hello, ("x-api-key", "sk-ant-test"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
