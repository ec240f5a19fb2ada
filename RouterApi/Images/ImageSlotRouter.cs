using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Images;

/// <summary>Makes one of a request's images on the routing pipeline, over the image-capable models.</summary>
internal sealed class ImageSlotRouter(RoutingPipeline pipeline, ImageAttempt attempt)
{
    /// <param name="started">When the client's request started (<see cref="TimeProvider.GetTimestamp"/>); the deadline counts from there.</param>
    public async Task<ImageSlotOutcome> RunAsync(ImageGenerationRequest request, ChatRequest route, long started, CancellationToken cancellationToken)
    {
        var run = pipeline.Begin(route, ImageRouting.Requirements, started);
        var image = new ImageModelAttempt(attempt, request);
        await pipeline.RunAsync(run, image, cancellationToken);
        return new ImageSlotOutcome(image.Image, run.Attempts, run.EarliestReset);
    }
}
