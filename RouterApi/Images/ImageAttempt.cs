using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// One upstream call for one image: send it, classify a failure as chat attempts do, find the image in the answer and prepare it
/// for the client. An answer without a usable image is a failure, so the next candidate is tried.
/// </summary>
internal sealed class ImageAttempt(
    UpstreamClient upstream,
    ImageApiAdapters adapters,
    UpstreamFailureClassifier classifier,
    IOptions<RouterApiOptions> routerOptions,
    IOptions<ImagesOptions> imagesOptions,
    TimeProvider time)
{
    private readonly long _maxBodyBytes = routerOptions.Value.MaxResponseBodyBytes;
    private readonly TimeSpan _attemptTimeout = imagesOptions.Value.AttemptTimeout;

    public async Task<ImageAttemptResult> RunAsync(ImageCall call, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        var adapter = adapters.For(call.Provider.Images.Api);
        using var message = adapter.CreateRequest(call);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timeLeft < _attemptTimeout ? timeLeft : _attemptTimeout);
        var started = time.GetTimestamp();
        try
        {
            using var response = await upstream.SendAsync(message, timeout.Token);
            using var body = await LimitedBodyReader.ReadAsync(response.Content, _maxBodyBytes, timeout.Token);
            if (body is null)
            {
                return ImageAttemptResult.NoImage("The response was larger than Router:MaxResponseBodyBytes.");
            }

            if (classifier.Classify((int)response.StatusCode, response.Headers, body.WrittenSpan) is { } failure)
            {
                return ImageAttemptResult.Failed(failure);
            }

            if (adapter.Read(body.WrittenSpan) is not { } image)
            {
                return ImageAttemptResult.NoImage("The model answered without an image.");
            }

            var request = call.Request;
            return ImageTranscoder.TryPrepare(image.Bytes, request.Size, request.OutputFormat, request.OutputCompression) is { } prepared
                ? ImageAttemptResult.Served(new GeneratedImage(prepared, call.Model, image.RevisedPrompt), time.GetElapsedTime(started))
                : ImageAttemptResult.NoImage("The model's image could not be decoded.");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ImageAttemptResult.Failed(UpstreamFailure.Timeout());
        }
        catch (HttpRequestException exception)
        {
            return ImageAttemptResult.Failed(UpstreamFailure.ConnectError(exception.Message));
        }
    }
}
