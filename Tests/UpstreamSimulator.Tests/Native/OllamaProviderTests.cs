using System.Net;
using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Tests.Native;

/// <summary>The simulated Ollama, from https://github.com/ollama/ollama/blob/main/docs/api.md (chat, NDJSON streaming, errors).</summary>
public sealed class OllamaProviderTests
{
    [Fact]
    public async Task Chat_StreamsByDefault_AsJsonLinesEndingWithDone()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("ollama/api/chat", """{"model":"llama3.2","messages":[{"role":"user","content":"Say hello"}]}""");
        var lines = await response.LinesAsync();

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType!.MediaType);
        Assert.All(lines[..^1], line => Assert.False(line.GetProperty("done").GetBoolean()));
        Assert.True(lines[^1].GetProperty("done").GetBoolean());
        Assert.Equal("stop", lines[^1].GetProperty("done_reason").GetString());
        Assert.True(lines[^1].GetProperty("eval_count").GetInt32() > 0);
    }

    [Fact]
    public async Task Chat_NotStreamed_IsOneAnswerWithCounts()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PostAsync("ollama/api/chat", """{"model":"llama3.2","stream":false,"messages":[{"role":"user","content":"Say hello"}]}""");
        var body = await response.JsonAsync();

        Assert.Equal("assistant", body.GetProperty("message").GetProperty("role").GetString());
        Assert.True(body.GetProperty("done").GetBoolean());
        Assert.True(body.GetProperty("prompt_eval_count").GetInt32() > 0);
    }

    [Fact]
    public async Task Chat_ImageAsDataUrl_IsRefused_BareBase64IsRead()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var dataUrl = await client.PostAsync("ollama/api/chat", """{"model":"llama3.2","stream":false,"messages":[{"role":"user","content":"What?","images":["data:image/png;base64,iVBORw0KGgo="]}]}""");
        using var bare = await client.PostAsync("ollama/api/chat", """{"model":"llama3.2","stream":false,"messages":[{"role":"user","content":"What?","images":["iVBORw0KGgo="]}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, dataUrl.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
    }

    [Fact]
    public async Task Chat_UnknownModelAndMidStreamFault_AnswerAsOllamaDoes()
    {
        await using var simulator = await TestSimulator.StartAsync(o => o.Faults.Add(new FaultRule { Provider = NativeKinds.Ollama, Model = "qwen3:8b", Kind = FaultKinds.MidstreamError }));
        using var client = simulator.Client();

        using var unknown = await client.PostAsync("ollama/api/chat", """{"model":"llama9","messages":[]}""");
        using var broken = await client.PostAsync("ollama/api/chat", """{"model":"qwen3:8b","messages":[{"role":"user","content":"Say hello"}]}""");
        var lines = await broken.LinesAsync();

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("model \"llama9\" not found, try pulling it first", (await unknown.JsonAsync()).GetProperty("error").GetString());
        Assert.True(lines[^1].TryGetProperty("error", out _));
        Assert.DoesNotContain(lines, line => line.TryGetProperty("done", out var done) && done.GetBoolean());
    }
}
