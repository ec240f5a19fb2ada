using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;

namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>On the keyless stack a request's trace goes on into the sandbox: the simulated provider's side is in the same trace.</summary>
public sealed class SandboxTraceTests
{
    private const string SandboxResource = "provider-sandbox";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task RoutedChatRequest_SandboxExportsItsServerSpan_InTheRequestsTrace_UnderTheRoutersUpstreamCall()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        await using var stack = await RunningStack.StartAsync([], timeout.Token, ["redis", SandboxResource, "routerapi"]);
        using var router = stack.App.CreateHttpClient("routerapi");
        router.DefaultRequestHeaders.Authorization = new("Bearer", await stack.ClientKeyAsync(timeout.Token));
        var traceId = ActivityTraceId.CreateRandom().ToHexString();

        // The caller's sampled trace, which the client's traceparent carries to the router.
        using (new Activity("caller").SetParentId(ActivityTraceId.CreateFromString(traceId), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start())
        using (var response = await router.PostAsJsonAsync(
            "/v1/chat/completions", new { model = "free", messages = new[] { new { role = "user", content = "Say hello." } } }, timeout.Token))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        bool IsSandboxServer(OtlpSpan span) => span.ServiceName == SandboxResource && span.TraceId == traceId && span.Kind == OtlpSpan.ServerKind;
        await stack.Otlp.WaitUntilAsync(otlp => otlp.Spans().Any(IsSandboxServer), timeout.Token);
        var sandboxSpan = stack.Otlp.Spans().First(IsSandboxServer);
        await stack.Otlp.WaitUntilAsync(otlp => otlp.Spans().Any(span => span.SpanId == sandboxSpan.ParentSpanId), timeout.Token);
        var upstreamCall = stack.Otlp.Spans().First(span => span.SpanId == sandboxSpan.ParentSpanId);
        Assert.Equal("routerapi", upstreamCall.ServiceName);
        Assert.Equal(OtlpSpan.ClientKind, upstreamCall.Kind);
        Assert.Equal(traceId, upstreamCall.TraceId);
        foreach (var tag in new[] { "simulator.provider", "simulator.model" })
        {
            Assert.False(string.IsNullOrEmpty(sandboxSpan.Attributes.GetValueOrDefault(tag) as string), $"the sandbox span '{sandboxSpan.Name}' has no {tag}");
        }
    }
}
