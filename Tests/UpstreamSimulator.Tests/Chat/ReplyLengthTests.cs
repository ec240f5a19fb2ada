using System.Net;
using System.Text.Json;
using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Tests.Chat;

/// <summary><c>Simulator:ReplyTokens</c> and <c>PUT /_control/reply-tokens/{n}</c>: streams of a chosen number of chunks, for benchmarks.</summary>
public sealed class ReplyLengthTests
{
    [Fact]
    public async Task ReplyTokens_InZeroLatencyMode_StreamsThatManyContentChunks()
    {
        await using var simulator = await TestSimulator.StartAsync(o => (o.Mode, o.ReplyTokens) = (SimulatorModes.ZeroLatency, 50));
        using var client = simulator.Client();

        using var response = await client.ChatAsync(TestSimulator.FreeToolModel, stream: true);
        var chunks = (await ServerSentEvents.ReadAsync(response)).Chunks.Select(c => JsonDocument.Parse(c).RootElement).ToList();

        var content = chunks.Where(c => c.GetProperty("choices").GetArrayLength() == 1)
            .Select(c => c.GetProperty("choices")[0].GetProperty("delta").GetProperty("content").GetString())
            .Where(text => !string.IsNullOrEmpty(text))
            .ToList();
        Assert.Equal(50, content.Count);
        Assert.Equal(50, chunks[^1].GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.Equal(("OK", "."), (content[0], content[^1]));
    }

    [Fact]
    public async Task PutReplyTokens_OverHttp_SizesRepliesUntilReset()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var set = await client.PutAsync(new Uri("_control/reply-tokens/7", UriKind.Relative), null, TestContext.Current.CancellationToken);
        using var sized = await client.ChatAsync(TestSimulator.PaidModel);
        using var reset = await client.PostAsync(new Uri("_control/reset", UriKind.Relative), null, TestContext.Current.CancellationToken);
        using var restored = await client.ChatAsync(TestSimulator.PaidModel);

        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal(7, (await sized.JsonAsync()).GetProperty("usage").GetProperty("completion_tokens").GetInt32());
        Assert.NotEqual(7, (await restored.JsonAsync()).GetProperty("usage").GetProperty("completion_tokens").GetInt32());
    }

    [Fact]
    public async Task PutReplyTokens_Negative_Gets400()
    {
        await using var simulator = await TestSimulator.StartAsync();
        using var client = simulator.Client();

        using var response = await client.PutAsync(new Uri("_control/reply-tokens/-1", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
