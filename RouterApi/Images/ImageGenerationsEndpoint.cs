using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Selection;
using AspireRouter.RouterCore.State;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// <c>POST /v1/images/generations</c>: validate, then make the <c>n</c> images in parallel, each with its own fallback over the image
/// pool, and answer in OpenAI's shape once all are made (or with the reasons one could not be).
/// </summary>
internal sealed class ImageGenerationsEndpoint(
    ImageModelCheck modelCheck,
    ImageSlotRouter slotRouter,
    ImageStore store,
    ImageUrls urls,
    ExhaustionResponder exhaustion,
    RoutingDecisionRecorder decisions,
    RequestBodyReader bodyReader,
    ModelAliasApplier aliases,
    IOptions<ImagesOptions> options,
    TimeProvider time)
{
    private readonly long _maxPixelsPerRequest = options.Value.MaxPixelsPerRequest;

    public async Task HandleAsync(HttpContext context)
    {
        using var body = await bodyReader.ReadOrRejectAsync(context);
        if (body is null)
        {
            return;
        }

        if (!ImageGenerationRequestReader.TryRead(body.WrittenMemory, out var request, out var error))
        {
            await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status400BadRequest, error);
            return;
        }

        if (ImagePixelBudget.Check(request, _maxPixelsPerRequest) is { } tooLarge)
        {
            await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status400BadRequest, tooLarge);
            return;
        }

        var model = aliases.Apply(context, request.Model);
        if (model != request.Model)
        {
            request = request with { Model = model };
        }

        if (modelCheck.Check(request.Model) is { } refusal)
        {
            await OpenAiErrorResults.WriteAsync(context, refusal.Status, refusal.Error);
            return;
        }

        await GenerateAsync(context, request);
    }

    private async Task GenerateAsync(HttpContext context, ImageGenerationRequest request)
    {
        var started = time.GetTimestamp();
        var route = ImageRouting.Request(request.Model);
        var slots = new Task<ImageSlotOutcome>[request.N];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = slotRouter.RunAsync(request, route, started, context.RequestAborted);
        }

        var outcomes = await Task.WhenAll(slots);
        List<AttemptRecord> attempts = [.. outcomes.SelectMany(outcome => outcome.Attempts)];
        try
        {
            if (outcomes.All(outcome => outcome.Image is not null))
            {
                await RespondAsync(context, request, [.. outcomes.Select(outcome => outcome.Image!)], attempts.Count);
                return;
            }

            var failed = outcomes.Where(outcome => outcome.Image is null).ToList();
            List<AttemptRecord> failedAttempts = [.. failed.SelectMany(outcome => outcome.Attempts)];
            var earliestReset = failed.Select(outcome => outcome.EarliestReset).Aggregate((DateTimeOffset?)null, Earlier);
            await exhaustion.WriteAsync(context, route, ImageRouting.Requirements, failedAttempts, earliestReset);
        }
        finally
        {
            decisions.Record(context, route, attempts, started);
        }
    }

    private async Task RespondAsync(HttpContext context, ImageGenerationRequest request, List<GeneratedImage> images, int attempts)
    {
        List<string>? links = null;
        if (request.ResponseFormat == ImageResponseFormat.Url)
        {
            try
            {
                links = [];
                foreach (var image in images)
                {
                    links.Add(urls.For(context.Request, await store.SaveAsync(image.Image.Bytes), image.Image.Format));
                }
            }
            catch (Exception exception) when (RedisFailure.Is(exception))
            {
                await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new OpenAiError(
                    "The images were made but could not be stored for 'url' (the router's Redis is unreachable); ask with response_format 'b64_json'.",
                    "server_error",
                    "response_format",
                    "image_storage_unavailable"));
                return;
            }
        }

        using var payload = ImagesResponseWriter.Write(time.GetUtcNow(), images, links, request.OutputFormat);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json";
        RouterHeaders.Write(response, Distinct(images, image => image.Model.Id), Distinct(images, image => image.Model.Provider), attempts);
        response.ContentLength = payload.WrittenCount;
        await response.Body.WriteAsync(payload.WrittenMemory, context.RequestAborted);
    }

    private static string Distinct(List<GeneratedImage> images, Func<GeneratedImage, string> select) => string.Join(",", images.Select(select).Distinct());

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null || a <= b ? a : b;
}
