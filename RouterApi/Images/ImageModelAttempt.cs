using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Images;

/// <summary>One image's attempt in the routing pipeline: the client's request sent to each image model it picks; keeps the image made.</summary>
internal sealed class ImageModelAttempt(ImageAttempt attempt, ImageGenerationRequest request) : IModelAttempt
{
    public GeneratedImage? Image { get; private set; }

    /// <summary>An image attempt keeps its image rather than writing it, so two at once would race for <see cref="Image"/>.</summary>
    public bool CanHedge => false;

    public string OperationName => GenAiAttributes.GenerateContent;

    public bool Streams => false;

    public async ValueTask<AttemptResult> RunAsync(ModelInfo model, ProviderKey key, AttemptLane lane, TimeSpan timeLimit, CancellationToken cancellationToken)
    {
        var result = await attempt.RunAsync(new ImageCall(request, model, key), timeLimit, cancellationToken);
        if (result.Image is { } image)
        {
            Image = image;
            return AttemptResult.Served(result.Latency, usage: null);
        }

        return AttemptResult.Failed(result.Failure!);
    }
}
