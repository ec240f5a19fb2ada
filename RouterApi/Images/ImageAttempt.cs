using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Upstream;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// One upstream call for one image: send it, classify a failure as chat attempts do, find the image in the answer and prepare it
/// for the client. An answer without a usable image (none, too large, not the PNG, JPEG or WebP it claims to be) is a failure, so
/// the next candidate is tried.
/// </summary>
internal sealed class ImageAttempt(
    UpstreamClient upstream,
    ImageApiAdapters adapters,
    UpstreamFailureClassifier classifier,
    AvailabilityTracker tracker,
    ImageTranscodeGate transcodes,
    IOptions<ImagesOptions> imagesOptions,
    TimeProvider time)
{
    private readonly ImagesOptions _options = imagesOptions.Value;

    public async Task<ImageAttemptResult> RunAsync(ImageCall call, TimeSpan timeLeft, CancellationToken cancellationToken)
    {
        var adapter = adapters.For(call.Provider.Images.Api);
        using var message = adapter.CreateRequest(call);
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
                return ImageAttemptResult.NoImage("The response was larger than Images:MaxResponseBodyBytes.");
            }

            if (classifier.Classify((int)response.StatusCode, response.Headers, body.WrittenSpan) is { } failure)
            {
                return ImageAttemptResult.Failed(failure);
            }

            using var image = adapter.Read(body.WrittenMemory);
            if (image is null)
            {
                return ImageAttemptResult.NoImage("The model answered without an image.");
            }

            if (Unusable(image) is { } why)
            {
                return ImageAttemptResult.NoImage(why);
            }

            // The model has answered: waiting for a transcode slot is the router's time, not the model's, so no attempt timeout.
            var request = call.Request;
            var prepared = await transcodes.RunAsync(
                () => ImageTranscoder.TryPrepare(image.Bytes.Span, request.Size, request.OutputFormat, request.OutputCompression, _options.MaxImagePixels),
                cancellationToken);
            return prepared is not null
                ? ImageAttemptResult.Served(new GeneratedImage(prepared, call.Model, image.RevisedPrompt), time.GetElapsedTime(started))
                : ImageAttemptResult.NoImage("The model's image could not be decoded, or has more pixels than Images:MaxImagePixels.");
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

    // The file signature decides what the bytes are, before anything decodes them; a label the provider gave must agree with it.
    private static string? Unusable(UpstreamImage image)
    {
        if (ImageFormats.Detect(image.Bytes.Span) is not { } sent)
        {
            return "The model's image is not a PNG, JPEG or WebP file.";
        }

        return image.DeclaredMediaType is { } declared && !ImageFormats.IsMediaTypeOf(declared, sent)
            ? $"The model labelled its image '{declared}' but sent a {ImageFormats.Name(sent).ToUpperInvariant()} file."
            : null;
    }
}
