using System.Net;
using AspireRouter.RouterApi.Extensions;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Upstream;
using AspireRouter.ServiceDefaults;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AspireRouter.Benchmarks;

/// <summary>
/// One non-streamed <c>POST /v1/chat/completions</c> (<c>"model":"free"</c>, one user message) through RouterApi's client-key
/// middleware and its endpoint delegate, as the routing middleware hands it over: the app built as Program.cs builds it,
/// body check, selection over OpenRouter's recorded free models, the OpenAI adapter's body rewrite, the real
/// <see cref="UpstreamClient"/> over <see cref="CannedUpstream"/> (no network; its answer comes asynchronously, as a connection's
/// does, so every await on the way to it costs what it costs in production; its own answer objects count with the handler's, as
/// a connection's would), and the answer written out. Redis is a real
/// redis-server started here (and stopped in cleanup): a production router always has one, and what the request path does
/// with it (shared load, availability, sticky sessions, routing decisions) is part of what a request costs. Kestrel,
/// the middleware before the endpoint and the request's body buffers are left out; <see cref="BuildContext"/> is the
/// per-request context alone, so the handler's own allocation is the difference between the two rows (issue 23: under 2 KB).
/// </summary>
[MemoryDiagnoser]
public class ChatHandlerBenchmarks
{
    private const string ClientKey = "sk-aspirerouter-bench-0001";
    private const string Route = "/v1/chat/completions";

    // Several requests an invocation: the benchmark's own costs of an invocation that completes asynchronously (its state
    // machine, BenchmarkDotNet's blocking wait for it) are shared out among them instead of counted as the handler's.
    private const int Requests = 16;

    // Room for every feature a request sets, as Kestrel's connection has (see NewContext).
    private const int FeatureRoom = 16;

    private static readonly byte[] Body = """{"model":"free","messages":[{"role":"user","content":"Say hello in one sentence."}]}"""u8.ToArray();

    private readonly HeaderDictionary _requestHeaders = new();
    private readonly HeaderDictionary _responseHeaders = new();
    private RedisServerProcess _redis = null!;
    private WebApplication _app = null!;
    private IServiceScopeFactory _scopes = null!;
    private RouteEndpoint _endpoint = null!;
    private RequestDelegate _handler = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _redis = await RedisServerProcess.StartAsync();
        try
        {
            _app = BuildRouterApi(_redis.ConnectionString);
            await _app.StartAsync();
            await WaitUntilReadyAsync(_app.Services);
            _scopes = _app.Services.GetRequiredService<IServiceScopeFactory>();
            _endpoint = ChatEndpoint(_app.Services.GetRequiredService<EndpointDataSource>());
            var gate = _app.Services.GetRequiredService<ClientKeyGate>();
            var endpoint = _endpoint.RequestDelegate!;
            _handler = context => gate.InvokeAsync(context, endpoint);
            await AssertServedAsync();
        }
        catch
        {
            // No cleanup follows a failed setup: the redis-server started here must not outlive it.
            await CleanupAsync();
            throw;
        }
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _redis.Dispose();
    }

    /// <summary>The per-request context and request stream alone: what <see cref="Serve"/> allocates besides the handler.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Requests)]
    public async Task BuildContext()
    {
        for (var i = 0; i < Requests; i++)
        {
            await using var scope = _scopes.CreateAsyncScope();
            NewContext(scope.ServiceProvider);
        }
    }

    /// <summary>Requests served one after another, each the endpoint's delegate awaited to the end of the answer.</summary>
    [Benchmark(OperationsPerInvoke = Requests)]
    public async Task Serve()
    {
        for (var i = 0; i < Requests; i++)
        {
            await using var scope = _scopes.CreateAsyncScope();
            await _handler(NewContext(scope.ServiceProvider));
        }
    }

    private static WebApplication BuildRouterApi(string redis)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = AppContext.BaseDirectory,
        });
        // As bench/lib/services.sh runs the router: its own OpenRouter quotas lifted, so the measure is a served request.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["ConnectionStrings:redis"] = redis,
            ["Providers:openrouter:BaseUrl"] = "http://openrouter.bench/api/v1",
            ["Providers:openrouter:ApiKey"] = "sk-or-v1-bench-key-0000",
            ["Providers:openrouter:Quotas:RequestsPerMinute"] = "2000000000",
            ["Providers:openrouter:Quotas:RequestsPerDay"] = "2000000000",
            ["Providers:openrouter:Quotas:LearnFromUpstream"] = "false",
            ["Router:ClientKeys:bench"] = ClientKey,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddServiceDefaults();
        builder.AddRedisClient("redis", settings => settings.DisableTracing = !builder.ExportsTraces());
        builder.AddRouterApi();
        builder.Services.AddSingleton(services => new UpstreamClient(new CannedUpstream(), services.GetRequiredService<ILogger<UpstreamClient>>()));

        var app = builder.Build();
        app.UseOpenAiExceptionHandler();
        app.MapDefaultEndpoints();
        app.MapRouterApi();
        return app;
    }

    // The pool first (health reports it unhealthy, with an error log line, until it loads), then everything else healthy.
    private static async Task WaitUntilReadyAsync(IServiceProvider services)
    {
        var catalog = services.GetRequiredService<CatalogStore>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (catalog.Current.Count == 0)
        {
            await Task.Delay(20, timeout.Token);
        }

        var health = await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(timeout.Token);
        if (health.Status != HealthStatus.Healthy)
        {
            throw new InvalidOperationException($"RouterApi is {health.Status}: {string.Join("; ", health.Entries.Select(entry => $"{entry.Key} {entry.Value.Status} {entry.Value.Description}"))}");
        }
    }

    private static RouteEndpoint ChatEndpoint(EndpointDataSource endpoints)
    {
        foreach (var endpoint in endpoints.Endpoints)
        {
            if (endpoint is RouteEndpoint { RoutePattern.RawText: Route } route
                && route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Post) == true)
            {
                return route;
            }
        }

        throw new InvalidOperationException($"RouterApi maps no POST {Route}.");
    }

    // As Kestrel's per-connection context does: the header collections are the connection's, cleared for each request, and
    // the features a request sets have room in a collection sized for them (Kestrel has a slot for each it knows, and keeps its
    // list of others across requests). What a fresh DefaultHttpContext would allocate on the handler's first write to each
    // is the server's cost, not the handler's.
    private DefaultHttpContext NewContext(IServiceProvider services)
    {
        _requestHeaders.Clear();
        _responseHeaders.Clear();
        var features = new FeatureCollection(FeatureRoom);
        features.Set<IHttpRequestFeature>(new HttpRequestFeature { Headers = _requestHeaders });
        features.Set<IHttpResponseFeature>(new HttpResponseFeature { Headers = _responseHeaders });
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null));
        var context = new DefaultHttpContext(features) { RequestServices = services };
        var request = context.Request;
        request.Method = HttpMethods.Post;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1");
        request.Path = Route;
        request.ContentType = "application/json";
        request.ContentLength = Body.Length;
        request.Headers.Authorization = $"Bearer {ClientKey}";
        request.Body = new MemoryStream(Body, writable: false);
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        context.SetEndpoint(_endpoint);
        return context;
    }

    private async Task AssertServedAsync()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var context = NewContext(scope.ServiceProvider);
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        await _handler(context);
        if (context.Response.StatusCode != StatusCodes.Status200OK || !answer.ToArray().AsSpan().SequenceEqual(CannedUpstream.ChatCompletion))
        {
            throw new InvalidOperationException(
                $"The router answered {context.Response.StatusCode}, not the upstream's 200: {System.Text.Encoding.UTF8.GetString(answer.ToArray())}");
        }
    }
}
