using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterApi.Images;

/// <summary>How one upstream image call ended: an image, or why there is none.</summary>
internal readonly record struct ImageAttemptResult(GeneratedImage? Image, UpstreamFailure? Failure, TimeSpan Latency)
{
    public static ImageAttemptResult Served(GeneratedImage image, TimeSpan latency) => new(image, null, latency);

    public static ImageAttemptResult Failed(UpstreamFailure failure) => new(null, failure, default);

    public static ImageAttemptResult NoImage(string why) =>
        Failed(new UpstreamFailure(UpstreamFailureKind.ErrorInBody) { Message = why });
}
