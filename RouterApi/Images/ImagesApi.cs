using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.State;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// <c>POST /v1/images/generations</c> behind the client key, and <c>GET /v1/images/files/{id}.{ext}</c> without it: like OpenAI's
/// signed image URLs, the unguessable id is the credential, and the file expires.
/// </summary>
internal static class ImagesApi
{
    public static WebApplication MapImagesApi(this WebApplication app, RouteGroupBuilder v1)
    {
        v1.MapPost("/images/generations", app.Services.GetRequiredService<ImageGenerationsEndpoint>().HandleAsync).WithMetadata(SpendsUpstreamQuota.Instance);
        app.MapGet(ImageUrls.FilesPath + "/{file}", GetFileAsync);
        return app;
    }

    private static async Task GetFileAsync(HttpContext context, string file, ImageStore store)
    {
        byte[]? image;
        try
        {
            image = await store.LoadAsync(Path.GetFileNameWithoutExtension(file));
        }
        catch (Exception exception) when (RedisFailure.Is(exception))
        {
            await OpenAiErrorResults.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new OpenAiError(
                "Stored images are unavailable right now (the router's Redis is unreachable); try again shortly.", "server_error", null, "image_storage_unavailable"));
            return;
        }

        if (image is null || ImageFormats.Detect(image) is not { } format)
        {
            await OpenAiErrorResults.InvalidRequestAsync(
                context,
                StatusCodes.Status404NotFound,
                "This image does not exist or has expired; image URLs are valid for Images:UrlLifetime after generation.",
                param: null,
                code: "image_not_found");
            return;
        }

        context.Response.ContentType = ImageFormats.MediaType(format);
        context.Response.Headers.CacheControl = "private, no-transform";
        context.Response.ContentLength = image.Length;
        await context.Response.Body.WriteAsync(image, context.RequestAborted);
    }
}
