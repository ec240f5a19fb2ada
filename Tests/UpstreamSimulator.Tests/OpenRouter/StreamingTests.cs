using System.Text.Json;
using AspireRouter.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace AspireRouter.UpstreamSimulator.Tests.OpenRouter;

/// <summary>The SSE stream exactly as OpenRouter sends it (https://openrouter.ai/docs/api-reference/streaming).</summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task Stream_Raw_OpensWithProcessingCommentEndsWithUsageChunkAndDone()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, stream: true);
        var events = await ServerSentEvents.ReadAsync(response);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(": OPENROUTER PROCESSING", events.Lines[0]);
        Assert.Equal("[DONE]", events.Data[^1]);
        var chunks = events.Chunks.Select(c => JsonDocument.Parse(c).RootElement).ToList();
        Assert.All(chunks, c => Assert.Equal("chat.completion.chunk", c.GetProperty("object").GetString()));
        Assert.All(chunks, c => Assert.Equal(chunks[0].GetProperty("id").GetString(), c.GetProperty("id").GetString()));
        Assert.All(chunks, c => Assert.True(c.TryGetProperty("provider", out _)));
        var usage = chunks[^1];
        Assert.Equal(0, usage.GetProperty("choices").GetArrayLength());
        var finish = chunks[^2].GetProperty("choices")[0];
        Assert.Equal("stop", finish.GetProperty("finish_reason").GetString());
        Assert.Equal("stop", finish.GetProperty("native_finish_reason").GetString());
        var contentChunks = chunks.Count(c => c.GetProperty("choices").GetArrayLength() == 1 && c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString()!.Length > 0);
        Assert.Equal(usage.GetProperty("usage").GetProperty("completion_tokens").GetInt32(), contentChunks);
    }

    [Fact]
    public async Task Stream_EveryChunk_ValidatesAgainstOpenAiStreamSchema()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();
        const string tools = ""","tools":[{"type":"function","function":{"name":"lookup","parameters":{"type":"object","properties":{"q":{"type":"string"}}}}}]""";

        using var text = await client.ChatAsync(TestSimulator.FreeToolModel, stream: true);
        using var toolCall = await client.ChatAsync(TestSimulator.FreeToolModel, stream: true, extra: tools);

        var chunks = (await ServerSentEvents.ReadAsync(text)).Chunks.Concat((await ServerSentEvents.ReadAsync(toolCall)).Chunks).ToList();
        Assert.All(chunks, chunk => OpenApiSchemaValidator.OpenAiSpec.AssertValid("CreateChatCompletionStreamResponse", chunk));
        Assert.Contains(chunks, c => c.Contains("\"tool_calls\":[{\"index\":0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stream_FirstToken_WaitsForTheInjectedClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));
        await using var simulator = await TestSimulator.StartAsync(time: clock);
        simulator.Control.SetLatency(new() { Model = TestSimulator.FreeToolModel, TimeToFirstTokenMs = 5000 });
        using var client = simulator.Client();

        using var response = await client.PostJsonAsync("openrouter/api/v1/chat/completions", HttpExtensions.ChatBody(TestSimulator.FreeToolModel, stream: true), completion: HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        Assert.Equal(": OPENROUTER PROCESSING", await reader.ReadLineAsync(TestContext.Current.CancellationToken));
        Assert.Equal(string.Empty, await reader.ReadLineAsync(TestContext.Current.CancellationToken));

        var firstToken = reader.ReadLineAsync(TestContext.Current.CancellationToken).AsTask();
        clock.Advance(TimeSpan.FromMilliseconds(4999));
        Assert.False(firstToken.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.StartsWith("data: {", await firstToken, StringComparison.Ordinal);
    }
}
