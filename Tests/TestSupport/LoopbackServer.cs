using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace AspireRouter.TestSupport;

/// <summary>A real Kestrel on 127.0.0.1 at a port the system picks, answering every request with one handler and remembering each.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private LoopbackServer(WebApplication app, RequestDelegate answer)
    {
        _app = app;
        app.Use(async (context, next) =>
        {
            _received.Enqueue(Record(context.Request));
            await next(context);
        });
        app.Run(answer);
    }

    public Uri BaseAddress => new(_app.Urls.Single());

    public IReadOnlyCollection<ReceivedRequest> Received => _received;

    public static Task<LoopbackServer> StartAsync(RequestDelegate answer) => StartAsync(answer, HttpProtocols.Http1);

    /// <param name="answer">Answers every request.</param>
    /// <param name="protocols">What its port speaks: <see cref="HttpProtocols.Http2"/> is HTTP/2 with prior knowledge only (h2c).</param>
    public static async Task<LoopbackServer> StartAsync(RequestDelegate answer, HttpProtocols protocols)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = protocols));
        var server = new LoopbackServer(builder.Build(), answer);
        await server._app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private static ReceivedRequest Record(HttpRequest request) => new(
        request.Path + request.QueryString,
        request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase));
}
