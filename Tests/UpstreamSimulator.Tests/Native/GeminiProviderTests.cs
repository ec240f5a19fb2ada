using System.Net;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Tests.Native;

/// <summary>The simulated Google AI Studio, from https://ai.google.dev/api/generate-content and its rate limits.</summary>
public sealed class GeminiProviderTests
{
    private const string Hello = """{"contents":[{"role":"user","parts":[{"text":"Say hello"}]}]}""";

    [Fact]
    public async Task GenerateContent_AnswersWithACandidateAndUsage()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("gemini/v1beta/models/gemini-2.5-flash:generateContent", Hello, ("x-goog-api-key", "AIza-test"));
        var body = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var candidate = body.GetProperty("candidates")[0];
        Assert.Equal("model", candidate.GetProperty("content").GetProperty("role").GetString());
        Assert.Contains("gemini-2.5-flash", candidate.GetProperty("content").GetProperty("parts")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("STOP", candidate.GetProperty("finishReason").GetString());
        Assert.True(body.GetProperty("usageMetadata").GetProperty("candidatesTokenCount").GetInt32() > 0);
        Assert.Equal(NativeKinds.Gemini, Assert.Single(simulator.Control.Requests).Provider);
    }

    [Fact]
    public async Task StreamGenerateContent_SendsSseEventsSeparatedByCrlf_TheLastWithTheFinishReason()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("gemini/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse", Hello, ("x-goog-api-key", "AIza-test"));
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var events = new HttpResponseMessage { Content = new StringContent(raw) };
        var chunks = await events.EventsAsync();

        Assert.Contains("\r\n\r\n", raw, StringComparison.Ordinal);
        Assert.True(chunks.Count > 1);
        Assert.All(chunks[..^1], c => Assert.False(c.Data.GetProperty("candidates")[0].TryGetProperty("finishReason", out _)));
        Assert.Equal("STOP", chunks[^1].Data.GetProperty("candidates")[0].GetProperty("finishReason").GetString());
    }

    [Fact]
    public async Task GenerateContent_WithFunctionDeclarations_CallsTheAllowedFunction()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string request = """
            {"contents":[{"role":"user","parts":[{"text":"Weather?"}]}],
             "tools":[{"functionDeclarations":[{"name":"other"},{"name":"get_weather","parametersJsonSchema":{"type":"object","properties":{"city":{"type":"string"}},"required":["city"]}}]}],
             "toolConfig":{"functionCallingConfig":{"mode":"ANY","allowedFunctionNames":["get_weather"]}}}
            """;

        using var response = await client.PostAsync("gemini/v1beta/models/gemini-2.5-flash:generateContent", request, ("x-goog-api-key", "AIza-test"));
        var call = (await response.JsonAsync()).GetProperty("candidates")[0].GetProperty("content").GetProperty("parts")[0].GetProperty("functionCall");

        Assert.Equal("get_weather", call.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, call.GetProperty("args").GetProperty("city").ValueKind);
    }

    [Fact]
    public async Task GenerateContent_GemmaWithSystemInstruction_IsRefusedAsGoogleRefusesIt()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync(
            "gemini/v1beta/models/gemma-3-27b-it:generateContent",
            """{"systemInstruction":{"parts":[{"text":"Be brief"}]},"contents":[{"role":"user","parts":[{"text":"Hi"}]}]}""",
            ("x-goog-api-key", "AIza-test"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Developer instruction is not enabled for models/gemma-3-27b-it", (await response.JsonAsync()).GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task GenerateContent_PerMinuteQuotaSpent_Is429ResourceExhaustedWithRetryInfo()
    {
        await using var simulator = await TestSimulator.StartAsync(o => o.Gemini.Models = [new() { Id = "gemini-2.5-flash", RequestsPerMinute = 2, RequestsPerDay = 100, TokensPerMinute = 0 }]);
        using var client = simulator.Client();

        for (var i = 0; i < 2; i++)
        {
            using var ok = await client.PostAsync("gemini/v1beta/models/gemini-2.5-flash:generateContent", Hello, ("x-goog-api-key", "AIza-test"));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var refused = await client.PostAsync("gemini/v1beta/models/gemini-2.5-flash:generateContent", Hello, ("x-goog-api-key", "AIza-test"));
        var error = (await refused.JsonAsync()).GetProperty("error");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("RESOURCE_EXHAUSTED", error.GetProperty("status").GetString());
        var details = error.GetProperty("details").EnumerateArray().ToList();
        Assert.Contains(details, d => d.GetProperty("@type").GetString() == "type.googleapis.com/google.rpc.RetryInfo" && d.GetProperty("retryDelay").GetString()!.EndsWith('s'));
        Assert.Contains(details, d => d.TryGetProperty("violations", out var v) && v[0].GetProperty("quotaId").GetString() == "GenerateRequestsPerMinutePerProjectPerModel-FreeTier");
    }

    [Fact]
    public async Task GenerateContent_WrongKeyOrUnknownModel_AnswerAsGoogleDoes()
    {
        await using var simulator = await TestSimulator.StartAsync(o => o.Gemini.ApiKeys = ["AIza-right"]);
        using var client = simulator.Client();

        using var wrongKey = await client.PostAsync("gemini/v1beta/models/gemini-2.5-flash:generateContent", Hello, ("x-goog-api-key", "AIza-wrong"));
        using var unknown = await client.PostAsync("gemini/v1beta/models/gemini-9:generateContent", Hello, ("x-goog-api-key", "AIza-right"));

        Assert.Equal(HttpStatusCode.BadRequest, wrongKey.StatusCode);
        Assert.Equal("API_KEY_INVALID", (await wrongKey.JsonAsync()).GetProperty("error").GetProperty("details")[0].GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("NOT_FOUND", (await unknown.JsonAsync()).GetProperty("error").GetProperty("status").GetString());
    }
}
