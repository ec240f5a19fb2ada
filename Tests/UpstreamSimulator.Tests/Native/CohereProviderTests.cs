using System.Net;

namespace AspireRouter.UpstreamSimulator.Tests.Native;

/// <summary>The simulated Cohere v2 chat, from https://docs.cohere.com/reference/chat, its streaming events and trial limits.</summary>
public sealed class CohereProviderTests
{
    private const string Hello = """{"model":"command-a-03-2025","messages":[{"role":"user","content":"Say hello"}]}""";
    private static readonly (string, string)[] Key = [("Authorization", "Bearer co-test")];

    [Fact]
    public async Task Chat_AnswersWithAMessageAndBothUsages()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("cohere/v2/chat", Hello, Key);
        var body = await response.JsonAsync();

        Assert.Equal("COMPLETE", body.GetProperty("finish_reason").GetString());
        Assert.Equal("text", body.GetProperty("message").GetProperty("content")[0].GetProperty("type").GetString());
        Assert.True(body.GetProperty("usage").GetProperty("tokens").GetProperty("output_tokens").GetInt32() > 0);
        Assert.True(body.GetProperty("usage").GetProperty("billed_units").GetProperty("input_tokens").GetInt32() > 0);
    }

    [Fact]
    public async Task Chat_Streamed_SendsTypedEventsEndingWithMessageEnd()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("cohere/v2/chat", Hello.Replace("\"messages\"", "\"stream\":true,\"messages\"", StringComparison.Ordinal), Key);
        var events = await response.EventsAsync();

        Assert.Equal("message-start", events[0].Event);
        Assert.Contains(events, e => e.Event == "content-delta");
        Assert.All(events, e => Assert.Equal(e.Event, e.Data.GetProperty("type").GetString()));
        Assert.Equal("COMPLETE", events[^1].Data.GetProperty("delta").GetProperty("finish_reason").GetString());
    }

    [Fact]
    public async Task Chat_ToolRequired_IsAToolCall()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string request = """
            {"model":"command-a-03-2025","messages":[{"role":"user","content":"Weather?"}],"tool_choice":"REQUIRED",
             "tools":[{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}]}
            """;

        using var response = await client.PostAsync("cohere/v2/chat", request, Key);
        var body = await response.JsonAsync();

        Assert.Equal("TOOL_CALL", body.GetProperty("finish_reason").GetString());
        Assert.Equal("get_weather", body.GetProperty("message").GetProperty("tool_calls")[0].GetProperty("function").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Chat_OpenAiFieldName_IsRefused()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("cohere/v2/chat", Hello.Replace("\"messages\"", "\"top_p\":0.5,\"messages\"", StringComparison.Ordinal), Key);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("top_p", (await response.JsonAsync()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chat_TrialLimitsSpent_Are429WithTheTrialMessages()
    {
        await using var simulator = await TestSimulator.StartAsync(o => o.Cohere.Models = [new() { Id = "command-a-03-2025", RequestsPerMinute = 100, RequestsPerDay = 1, TokensPerMinute = 0 }]);
        using var client = simulator.Client();

        using var served = await client.PostAsync("cohere/v2/chat", Hello, Key);
        using var refused = await client.PostAsync("cohere/v2/chat", Hello, Key);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("limited to 1 API calls / month", (await refused.JsonAsync()).GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
