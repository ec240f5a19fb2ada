using System.Buffers;
using System.Net;
using System.Text;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using Microsoft.Extensions.Options;

namespace AspireRouter.HealthProbe.Probing;

/// <summary>
/// Sends one minimal request (a one-word prompt, <c>max_tokens: 1</c>) to a model through its provider's adapter, and records
/// the outcome in the tracker, whose cooldowns the other replicas receive.
/// </summary>
internal sealed partial class ModelProber(
    ProviderAdapters adapters,
    AvailabilityTracker tracker,
    IOptions<ProbeOptions> options,
    TimeProvider time,
    ILogger<ModelProber> logger) : IDisposable
{
    private static readonly ReadOnlyMemory<byte> ProbeBody = Encoding.UTF8.GetBytes("""{"model":"probe","messages":[{"role":"user","content":"Reply with OK."}],"max_tokens":1}""");

    // Its own pool: probes must not be retried behind the quota's back by a resilience handler.
    private readonly HttpMessageInvoker _client = new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    });

    /// <returns>The failure, or null when the model answered.</returns>
    public async Task<UpstreamFailure?> ProbeAsync(ModelInfo model, ProviderOptions provider, CancellationToken cancellationToken)
    {
        var adapter = adapters.For(provider);
        using var buffer = new PooledByteBufferWriter(256);
        using var request = adapter.CreateChatRequest(provider, new ReadOnlySequence<byte>(ProbeBody), model.UpstreamId, buffer);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        var started = time.GetTimestamp();
        UpstreamFailure? failure;
        try
        {
            using var response = await _client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            failure = adapter.Classify(response, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            failure = UpstreamFailure.Timeout();
        }
        catch (HttpRequestException exception)
        {
            failure = UpstreamFailure.ConnectError(exception.Message);
        }

        if (failure is null)
        {
            tracker.RecordSuccess(model.Id, model.Provider, time.GetElapsedTime(started));
        }
        else
        {
            tracker.RecordFailure(model.Id, model.Provider, failure);
        }

        LogProbed(model.Id, failure is null ? "ok" : $"{failure.Kind} {failure.StatusCode}");
        return failure;
    }

    public void Dispose() => _client.Dispose();

    [LoggerMessage(1, LogLevel.Information, "Probed {ModelId}: {Outcome}")]
    private partial void LogProbed(string modelId, string outcome);
}
