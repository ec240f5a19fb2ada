using System.Collections.Concurrent;
using System.Text;
using AspireRouter.EndToEnd.Tests.Otlp;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AspireRouter.EndToEnd.Tests;

/// <summary>A minimal OTLP/HTTP receiver on loopback: keeps every exported trace and metrics payload so tests can look for their spans and points.</summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<byte[]> _traces = new();
    private readonly ConcurrentQueue<byte[]> _metrics = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint => new(_app.Urls.First());

    /// <summary>Every trace payload received so far (OTLP protobuf).</summary>
    public IReadOnlyCollection<byte[]> Traces => _traces;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new OtlpReceiver(app);
        app.MapPost("/v1/traces", (HttpRequest request) => receiver.ReceiveAsync(request, receiver._traces));
        app.MapPost("/v1/metrics", (HttpRequest request) => receiver.ReceiveAsync(request, receiver._metrics));
        app.MapPost("/v1/logs", () => Results.Ok());
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until an exported trace payload contains <paramref name="text"/> (OTLP protobuf keeps strings as UTF-8).</summary>
    public Task WaitForSpanContainingAsync(string text, CancellationToken cancellationToken)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return WaitForPayloadAsync(payload => payload.AsSpan().IndexOf(needle) >= 0, cancellationToken);
    }

    /// <summary>Waits until a received trace payload satisfies <paramref name="matches"/>.</summary>
    public async Task WaitForPayloadAsync(Func<byte[], bool> matches, CancellationToken cancellationToken)
    {
        while (!_traces.Any(matches))
        {
            await _arrived.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Every span received so far.</summary>
    public List<OtlpSpan> Spans() => [.. _traces.SelectMany(payload => OtlpSpanReader.Read(payload))];

    /// <summary>Every metric data point received so far (cumulative points repeat at each export).</summary>
    public List<OtlpMetricPoint> MetricPoints() => [.. _metrics.SelectMany(payload => OtlpMetricReader.Read(payload))];

    /// <summary>Waits, payload by payload, until <paramref name="condition"/> holds of what was received.</summary>
    public async Task WaitUntilAsync(Func<OtlpReceiver, bool> condition, CancellationToken cancellationToken)
    {
        while (!condition(this))
        {
            await _arrived.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request, ConcurrentQueue<byte[]> into)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        into.Enqueue(buffer.ToArray());
        _arrived.Release();
        return Results.Ok();
    }
}
