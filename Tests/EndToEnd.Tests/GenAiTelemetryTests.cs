using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AspireRouter.EndToEnd.Tests.Otlp;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>
/// What an OTLP backend (the Aspire dashboard) receives from the keyless stack for a request that falls back once: the routing
/// span, a GenAI client span per attempt (the failed one with <c>error.type</c>), and the token usage metric.
/// </summary>
public sealed class GenAiTelemetryTests
{
    private const string SandboxResource = "provider-sandbox";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task KeylessStack_RequestThatFallsBackOnce_ExportsRoutingSpan_TwoAttemptSpans_AndTokenUsage()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        await using var stack = await RunningStack.StartAsync([], timeout.Token, ["redis", SandboxResource, "routerapi"]);
        using var http = stack.App.CreateHttpClient("routerapi");
        http.DefaultRequestHeaders.Authorization = new("Bearer", await stack.ClientKeyAsync(timeout.Token));
        var (failing, answering) = await TwoOpenRouterModelsAsync(http, timeout.Token);
        using (var simulator = stack.App.CreateHttpClient(SandboxResource))
        {
            var fault = new JsonObject { ["provider"] = "openrouter", ["model"] = failing, ["kind"] = "upstream_429", ["count"] = 1 };
            using var created = await simulator.PostAsJsonAsync("/_control/faults", fault, timeout.Token);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var body = new JsonObject
        {
            ["model"] = failing,
            ["models"] = new JsonArray(failing, answering),
            ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = "Say hello." }),
        };
        using var response = await http.PostAsJsonAsync("/v1/chat/completions", body, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2", string.Join(",", response.Headers.GetValues("x-router-attempts")));

        await stack.Otlp.WaitUntilAsync(otlp => RoutingSpan(otlp.Spans(), failing) is { } routing && Children(otlp.Spans(), routing, "AspireRouter").Count == 2, timeout.Token);
        var spans = stack.Otlp.Spans();
        var route = RoutingSpan(spans, failing)!;
        Assert.Equal(OtlpSpan.InternalKind, route.Kind);
        Assert.Equal(2L, route.Attributes["aspire_router.attempts"]);
        Assert.Equal("served", route.Attributes["aspire_router.outcome"]);
        var attempts = Children(spans, route, "AspireRouter");
        var failed = attempts.Single(span => span.StatusCode == OtlpSpan.ErrorStatus);
        var served = attempts.Single(span => span.StatusCode != OtlpSpan.ErrorStatus);
        Assert.Equal($"chat {failing}", failed.Name);
        Assert.Equal("rate_limited", failed.Attributes["error.type"]);
        Assert.Equal($"chat {answering}", served.Name);
        Assert.False(served.Attributes.ContainsKey("error.type"));
        Assert.True((long)served.Attributes["gen_ai.usage.output_tokens"]! > 0);
        foreach (var attempt in attempts)
        {
            Assert.Equal(OtlpSpan.ClientKind, attempt.Kind);
            Assert.Equal("chat", attempt.Attributes["gen_ai.operation.name"]);
            Assert.Equal("openrouter", attempt.Attributes["gen_ai.provider.name"]);
            Assert.Contains(spans, span => span.ParentSpanId == attempt.SpanId);
        }

        await stack.Otlp.WaitUntilAsync(otlp => TokenUsage(otlp.MetricPoints(), answering).Count > 0, timeout.Token);
        var input = TokenUsage(stack.Otlp.MetricPoints(), answering)[^1];
        Assert.Equal("{token}", input.Unit);
        Assert.True(input.Count >= 1 && input.Value > 0, $"token usage: {input.Count} points, sum {input.Value}");
    }

    private static OtlpSpan? RoutingSpan(List<OtlpSpan> spans, string requested) =>
        spans.FirstOrDefault(span => span.Scope == "AspireRouter" && span.Name == $"route {requested}");

    private static List<OtlpSpan> Children(List<OtlpSpan> spans, OtlpSpan parent, string scope) =>
        [.. spans.Where(span => span.ParentSpanId == parent.SpanId && span.Scope == scope)];

    private static List<OtlpMetricPoint> TokenUsage(List<OtlpMetricPoint> points, string model) =>
        [.. points.Where(point => point.Metric == "gen_ai.client.token.usage"
            && Equals(point.Attributes.GetValueOrDefault("gen_ai.request.model"), model)
            && Equals(point.Attributes.GetValueOrDefault("gen_ai.token.type"), "input"))];

    /// <summary>Two of the sandbox's OpenRouter models, once the router lists them.</summary>
    private static async Task<(string First, string Second)> TwoOpenRouterModelsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                using var models = JsonDocument.Parse(await http.GetStringAsync("/v1/models", cancellationToken));
                var ids = models.RootElement.GetProperty("data").EnumerateArray()
                    .Where(model => !model.GetProperty("virtual").GetBoolean() && model.GetProperty("owned_by").GetString() == "openrouter")
                    .Select(model => model.GetProperty("id").GetString()!)
                    .Take(2)
                    .ToList();
                if (ids.Count == 2)
                {
                    return (ids[0], ids[1]);
                }
            }
            catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
            {
                // The router just started on a busy machine; its catalog comes a moment later.
            }

            await Task.Delay(200, cancellationToken);
        }
    }
}
