using System.Globalization;
using AspireRouter.RouterApi.Embeddings.Upstream;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>
/// One upstream call for a request's vectors: send it through the provider's embeddings API, classify a failure as chat attempts
/// do (in the provider's own error shape), and keep the vectors when there is one per input, of the size asked for; any other answer fails the attempt.
/// </summary>
internal sealed class EmbeddingAttempt(
    UpstreamClient upstream,
    EmbeddingApiAdapters adapters,
    ProviderAdapters providerAdapters,
    AvailabilityTracker tracker,
    IOptions<EmbeddingsOptions> embeddingsOptions,
    TimeProvider time)
{
    private readonly EmbeddingsOptions _options = embeddingsOptions.Value;

    public async Task<(AttemptResult Result, UpstreamEmbeddings? Vectors)> RunAsync(EmbeddingCall call, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        var adapter = adapters.For(call.Api);
        using var requestBody = new PooledByteBufferWriter();
        using var message = adapter.CreateRequest(call, requestBody);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLeft < _options.AttemptTimeout ? timeLeft : _options.AttemptTimeout);
        var started = time.GetTimestamp();
        try
        {
            using var response = await upstream.SendAsync(message, timeout.Token);
            tracker.RecordRateLimitHeaders(call.Model.Id, call.Model.Provider, response.Headers, call.Key);
            using var body = await LimitedBodyReader.ReadAsync(response.Content, _options.MaxResponseBodyBytes, timeout.Token);
            if (body is null)
            {
                return (Failed("The answer was larger than Embeddings:MaxResponseBodyBytes."), null);
            }

            // The provider's own error shape (Google's RetryInfo, Cloudflare's envelope...) says why and for how long, as for chat.
            if (providerAdapters.For(call.Provider).Classify(response, body.WrittenSpan) is { } failure)
            {
                return (failure.IsRetryable ? AttemptResult.Failed(failure) : AttemptResult.Rejected(failure), null);
            }

            var vectors = adapter.Read(body.WrittenMemory, call);
            if (Unusable(vectors, call) is { } why)
            {
                vectors?.Dispose();
                return (Failed(why), null);
            }

            var usage = new TokenUsage(vectors!.PromptTokens ?? call.Request.EstimatedTokens(), 0);
            return (AttemptResult.Served(time.GetElapsedTime(started), usage), vectors);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (AttemptResult.Failed(UpstreamFailure.Timeout()), null);
        }
        catch (HttpRequestException exception)
        {
            return (AttemptResult.Failed(UpstreamFailure.ConnectError(exception.Message)), null);
        }
    }

    private static string? Unusable(UpstreamEmbeddings? vectors, EmbeddingCall call)
    {
        var inputs = call.Request.Inputs.Count;
        var expected = call.Request.Dimensions ?? call.Model.Dimensions;
        return vectors is null ? "The model answered without vectors."
            : vectors.Count != inputs ? $"The model answered {vectors.Count.ToString(CultureInfo.InvariantCulture)} vectors for {inputs.ToString(CultureInfo.InvariantCulture)} inputs."
            : expected is { } size && vectors.Dimensions != size
                ? $"The model answered vectors of {vectors.Dimensions.ToString(CultureInfo.InvariantCulture)} dimensions, not {size.ToString(CultureInfo.InvariantCulture)}."
                : null;
    }

    private static AttemptResult Failed(string why) => AttemptResult.Failed(new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = why });
}
