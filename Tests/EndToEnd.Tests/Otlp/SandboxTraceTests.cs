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

        var sandboxSpan = await stack.Otlp.WaitForSpanAsync(
            span => span.ServiceName == SandboxResource && span.TraceId == traceId && span.Kind == ExportedSpan.ServerKind, timeout.Token);
        var upstreamCall = await stack.Otlp.WaitForSpanAsync(span => span.SpanId == sandboxSpan.ParentSpanId, timeout.Token);
        Assert.Equal("routerapi", upstreamCall.ServiceName);
        Assert.Equal(ExportedSpan.ClientKind, upstreamCall.Kind);
        Assert.Equal(traceId, upstreamCall.TraceId);
        foreach (var tag in new[] { "simulator.provider", "simulator.model" })
        {
            Assert.False(string.IsNullOrEmpty(sandboxSpan.Attributes.GetValueOrDefault(tag)), $"the sandbox span '{sandboxSpan.Name}' has no {tag}");
        }
    }
}
