extern alias simulator;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AspireRouter.RouterApi.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using simulator::AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.RouterApi.Tests.Chat;

/// <summary>
/// Streams over HTTP/2 to the upstream (<c>Upstream:CleartextHttp2</c> against a simulator that speaks only h2c, so an HTTP/1.1
/// request would fail): relayed whole, failures after the first token still end the stream, and a client leaving cancels the
/// upstream stream.
/// </summary>
public sealed class Http2UpstreamStreamingTests
{
    private static readonly string[] Pool = TestCatalog.ModelIds(2);

    [Fact]
    public async Task StreamOverH2c_IsRelayedWhole_SameTextAsTheAnswerNotStreamed()
    {
        await using var host = await StartAsync();
        host.Simulator.SetReplyTokens(60);

        using var whole = await host.Client.PostAsync(ChatRequests.Body(Pool[1]));
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        var expected = JsonNode.Parse(await whole.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["choices"]![0]!["message"]!["content"]!.GetValue<string>();
        using var streamed = await host.Client.PostStreamingAsync(ChatRequests.Body(Pool[1], stream: true));
        Assert.Equal(HttpStatusCode.OK, streamed.StatusCode);
        var events = await streamed.ReadEventsAsync();

        Assert.Equal("[DONE]", events[^1]);
        var text = new StringBuilder();
        foreach (var data in events[..^1])
        {
            if (JsonNode.Parse(data)!["choices"] is JsonArray { Count: > 0 } choices && choices[0]!["delta"]?["content"] is JsonValue content)
            {
                text.Append(content.GetValue<string>());
            }
        }

        Assert.Equal(expected, text.ToString());
        Assert.All(host.Simulator.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)), r => Assert.Equal(200, r.Status));
    }

    [Fact]
    public async Task MidStreamFailureOverH2c_EndsTheStreamWithAnOpenAiErrorEvent()
    {
        await using var host = await StartAsync(new FaultRule { Provider = "openrouter", Model = Pool[0], Kind = FaultKinds.MidstreamError });

        using var response = await host.Client.PostStreamingAsync(ChatRequests.Body(Pool[0], stream: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = await response.ReadEventsAsync();

        Assert.Equal("[DONE]", events[^1]);
        Assert.Equal("upstream_stream_error", JsonNode.Parse(events[^2])!["error"]!["code"]!.GetValue<string>());
        Assert.True(events.Count > 2, "the stream carried no token before the failure");
    }

    [Fact]
    public async Task ClientDisconnectsMidStream_TheUpstreamH2StreamIsCancelledToo()
    {
        await using var host = await StartAsync(latency: new LatencyRule { TimeToFirstTokenMs = 10, TokensPerSecond = 2 });
        var before = host.Simulator.TotalRequests;

        using (var response = await host.Client.PostStreamingAsync(ChatRequests.Body(Pool[0], stream: true)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await using var body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
            Assert.True(await body.ReadAsync(new byte[64], TestContext.Current.CancellationToken) > 0);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await host.Simulator.WaitForRequestsAsync(before + 1, timeout.Token);
        var chat = Assert.Single(host.Simulator.Requests, r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal));
        Assert.Equal(499, chat.Status);
    }

    private static Task<RouterTestHost> StartAsync(FaultRule? fault = null, LatencyRule? latency = null) =>
        RouterTestHost.StartAsync(options =>
        {
            options.SimulatorProtocols = HttpProtocols.Http2;
            options.Settings["Upstream:CleartextHttp2"] = "true";
            options.Simulator.OpenRouter.CatalogPath = TestCatalog.Write(Pool);
            if (fault is not null)
            {
                options.Simulator.Faults.Add(fault);
            }

            if (latency is not null)
            {
                options.Simulator.Mode = SimulatorModes.Realistic;
                options.Simulator.Latency.Add(latency);
            }
        });
}
