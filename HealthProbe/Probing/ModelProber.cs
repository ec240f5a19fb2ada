using System.Buffers;
using System.Text;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Providers.Keys;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Options;

namespace AspireRouter.HealthProbe.Probing;

/// <summary>
/// Sends one minimal request (a one-word prompt, <c>max_tokens: 1</c>) to a model through its provider's adapter, and records
/// the outcome in the tracker, whose cooldowns the other replicas receive.
/// </summary>
internal sealed partial class ModelProber(
    UpstreamClient upstream,
    ProviderAdapters adapters,
    AvailabilityTracker tracker,
    IOptions<ProbeOptions> options,
    TimeProvider time,
    ILogger<ModelProber> logger)
{
    private static readonly ReadOnlyMemory<byte> ProbeBody = Encoding.UTF8.GetBytes("""{"model":"probe","messages":[{"role":"user","content":"Reply with OK."}],"max_tokens":1}""");

    private readonly ProbeOptions _options = options.Value;

    /// <returns>The failure, or null when the model answered.</returns>
    /// <param name="key">The provider key to probe with (what the availability tracker handed out).</param>
    public async Task<UpstreamFailure?> ProbeAsync(ModelInfo model, ProviderKey key, CancellationToken cancellationToken)
    {
        var provider = key.Options;
        var adapter = adapters.For(provider);
        using var request = adapter.CreateChatRequestOwning(provider, new ReadOnlySequence<byte>(ProbeBody), model.UpstreamId, new PooledByteBufferWriter(256));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var started = time.GetTimestamp();
        UpstreamFailure? failure;
        try
        {
            using var response = await upstream.SendAsync(request, timeout.Token);
            using var body = await LimitedBodyReader.ReadAsync(response.Content, _options.MaxBodyBytes, timeout.Token);
            failure = body is null ? TooLarge(response) : adapter.Classify(response, body.WrittenSpan);
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
            tracker.RecordSuccess(model.Id, model.Provider, time.GetElapsedTime(started), key);
        }
        else
        {
            tracker.RecordFailure(model.Id, model.Provider, failure, key);
        }

        LogProbed(model.Id, failure is null ? "ok" : $"{failure.Kind} {failure.StatusCode}");
        return failure;
    }

    private UpstreamFailure TooLarge(HttpResponseMessage response) => new(UpstreamFailureKind.ServerError)
    {
        StatusCode = (int)response.StatusCode,
        Message = $"The answer was larger than Probe:MaxBodyBytes ({_options.MaxBodyBytes} bytes).",
    };

    [LoggerMessage(1, LogLevel.Information, "Probed {ModelId}: {Outcome}")]
    private partial void LogProbed(string modelId, string outcome);
}
