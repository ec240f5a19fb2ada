using System.Net;
using System.Text.Json;

namespace AspireRouter.UpstreamSimulator.Tests.Native;

/// <summary>The simulated Workers AI, from https://developers.cloudflare.com/workers-ai/ (REST API, JSON mode, function calling, errors).</summary>
public sealed class CloudflareProviderTests
{
    private const string Path = "cloudflare/client/v4/accounts/023e105f4ecef8ad9ca31a8372d0c353/ai/run/@cf/meta/llama-3.3-70b-instruct-fp8-fast";
    private const string Hello = """{"messages":[{"role":"user","content":"Say hello"}]}""";
    private static readonly (string, string)[] Token = [("Authorization", "Bearer cf-test")];

    [Fact]
    public async Task Run_AnswersInCloudflaresEnvelope()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync(Path, Hello, Token);
        var body = await response.JsonAsync();

        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Contains("llama-3.3-70b", body.GetProperty("result").GetProperty("response").GetString(), StringComparison.Ordinal);
        Assert.True(body.GetProperty("result").GetProperty("usage").GetProperty("completion_tokens").GetInt32() > 0);
        Assert.Equal("@cf/meta/llama-3.3-70b-instruct-fp8-fast", Assert.Single(simulator.Control.Requests).Model);
    }

    [Fact]
    public async Task Run_Streamed_SendsResponsePiecesThenUsageThenDone()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync(Path, """{"stream":true,"messages":[{"role":"user","content":"Say hello"}]}""", Token);
        var raw = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.EndsWith("data: [DONE]\n\n", raw, StringComparison.Ordinal);
        Assert.Contains("\"usage\":", raw, StringComparison.Ordinal);
        Assert.Contains("\"response\":", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_JsonMode_ResponseIsAnObject_AndTraditionalToolsAreCalled()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var json = await client.PostAsync(Path, """{"messages":[{"role":"user","content":"A cat"}],"response_format":{"type":"json_object"}}""", Token);
        using var tool = await client.PostAsync(Path, """{"messages":[{"role":"user","content":"Weather?"}],"tools":[{"name":"getWeather","description":"d","parameters":{"type":"object","properties":{"latitude":{"type":"string"}}}}]}""", Token);

        Assert.Equal(JsonValueKind.Object, (await json.JsonAsync()).GetProperty("result").GetProperty("response").ValueKind);
        var call = (await tool.JsonAsync()).GetProperty("result").GetProperty("tool_calls")[0];
        Assert.Equal("getWeather", call.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Object, call.GetProperty("arguments").ValueKind);
    }

    [Fact]
    public async Task Run_ModelThatDoesNotChat_IsTextToImage()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync(Path.Replace("meta/llama-3.3-70b-instruct-fp8-fast", "black-forest-labs/flux-1-schnell", StringComparison.Ordinal), """{"prompt":"a cat"}""", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("result").TryGetProperty("image", out _));
    }

    [Fact]
    public async Task Run_ArrayContent_IsRefused()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync(Path, """{"messages":[{"role":"user","content":[{"type":"text","text":"Hi"}]}]}""", Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False((await response.JsonAsync()).GetProperty("success").GetBoolean());
    }

    [Fact]
    public async Task Run_DailyNeuronsSpent_Is429With3036()
    {
        await using var simulator = await TestSimulator.StartAsync(o => o.Cloudflare.Models = [new() { Id = "@cf/meta/llama-3.3-70b-instruct-fp8-fast", RequestsPerMinute = 300, RequestsPerDay = 1, TokensPerMinute = 0 }]);
        using var client = simulator.Client();

        using var served = await client.PostAsync(Path, Hello, Token);
        using var spent = await client.PostAsync(Path, Hello, Token);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, spent.StatusCode);
        Assert.Equal(3036, (await spent.JsonAsync()).GetProperty("errors")[0].GetProperty("code").GetInt32());
    }
}
