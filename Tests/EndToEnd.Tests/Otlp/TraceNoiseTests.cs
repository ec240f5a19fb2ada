using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using StackExchange.Redis;

namespace AspireRouter.EndToEnd.Tests.Otlp;

/// <summary>
/// What a user finds in the dashboard's trace list after chat requests on the keyless stack: the requests, not the services'
/// background loops (Redis publishing, pub/sub, catalog and probe loops), which start no trace of their own by default.
/// </summary>
public sealed class TraceNoiseTests
{
    private const int Requests = 100;
    private const string ChatRoute = "POST /v1/chat/completions";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // Longer than the Redis instrumentation's flush of commands made outside any span (10 s), so their spans would be out.
    private static readonly TimeSpan BackgroundRun = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task HundredChatRequests_AtLeastNinetyPercentOfRootSpansAreRoutedRequests_WithTheirChildren()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        await using var stack = await RunningStack.StartAsync([], timeout.Token, ["redis", "provider-sandbox", "routerapi", "healthprobe", "adminportal"]);
        await using var redis = await ConnectionMultiplexer.ConnectAsync((await stack.App.GetConnectionStringAsync("redis", timeout.Token))!);
        await WaitForBackgroundLoopsAsync(redis.GetDatabase(), timeout.Token);

        using var router = stack.App.CreateHttpClient("routerapi");
        router.DefaultRequestHeaders.Authorization = new("Bearer", await stack.ClientKeyAsync(timeout.Token));
        for (var i = 0; i < Requests; i++)
        {
            using var response = await router.PostAsJsonAsync("/v1/chat/completions", Chat(i), timeout.Token);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"request {i} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(timeout.Token)}");
        }

        await stack.Otlp.WaitUntilAsync(otlp => otlp.Spans().Count(IsRoutedRequest) >= Requests, timeout.Token);
        await WaitForBackgroundLoopsAsync(redis.GetDatabase(), timeout.Token);

        var spans = stack.Otlp.Spans();
        var roots = spans.Where(IsRoot).ToList();
        var routed = roots.Where(IsRoutedRequest).ToList();
        var others = roots.Except(routed).GroupBy(span => $"{span.ServiceName} {span.Scope} '{span.Name}'").Select(group => $"{group.Key} ×{group.Count()}");
        Assert.True(routed.Count >= 0.9 * roots.Count, $"{routed.Count} of {roots.Count} root spans are routed requests; the others: {string.Join("; ", others)}");

        var routedTraces = routed.Select(span => span.TraceId).ToHashSet();
        Assert.Contains(spans, span => !IsRoot(span) && routedTraces.Contains(span.TraceId) && span.Name.StartsWith("POST", StringComparison.Ordinal) && span.ServiceName == "routerapi");

        // A quota reservation (the sandbox's providers have quotas) is one round trip: its increment and expiry in one EXEC.
        var requestRedis = spans.Where(span => routedTraces.Contains(span.TraceId) && span.Scope.EndsWith("StackExchangeRedis", StringComparison.Ordinal)).ToList();
        Assert.Contains(requestRedis, span => span.Name == "EXEC");
        Assert.DoesNotContain(requestRedis, span => span.Name is "INCR" or "INCRBY" or "EXPIRE" or "PEXPIRE");
    }

    private static bool IsRoot(OtlpSpan span) => span.ParentSpanId.Length == 0;

    private static bool IsRoutedRequest(OtlpSpan span) =>
        IsRoot(span) && span.Kind == OtlpSpan.ServerKind && span.ServiceName == "routerapi" && span.Name == ChatRoute;

    private static JsonObject Chat(int i) => new()
    {
        ["model"] = "free",
        ["messages"] = new JsonArray(new JsonObject { ["role"] = "user", ["content"] = $"Say hello ({i})." }),
    };

    // The background loops have run: the pool is published, and this replica's load has been published for a while since.
    private static async Task WaitForBackgroundLoopsAsync(IDatabase redis, CancellationToken cancellationToken)
    {
        double? first = null;
        while (true)
        {
            var published = await redis.SortedSetRangeByRankWithScoresAsync("ar:load:replicas", 0, 0, Order.Descending);
            if (published.Length == 1 && await redis.HashLengthAsync("ar:catalog") > 0)
            {
                first ??= published[0].Score;
                if (published[0].Score - first >= BackgroundRun.TotalMilliseconds)
                {
                    return;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
