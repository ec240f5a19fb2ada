using AspireRouter.RouterApi.Forwarding;
using AspireRouter.RouterApi.Images;

namespace AspireRouter.RouterApi.Apis;

/// <summary>
/// <c>POST /v1/images/generations</c> behind the client key, and <c>GET /v1/images/files/{id}.{ext}</c> without it: like OpenAI's
/// signed image URLs, the unguessable id is the credential, and the file expires.
/// </summary>
internal static class ImagesApi
{
    public static WebApplication MapImagesApi(this WebApplication app, RouteGroupBuilder v1)
    {
        v1.MapPost("/images/generations", (HttpContext context, ImageGenerationsEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet(ImageUrls.FilesPath + "/{file}", GetFileAsync);
        return app;
    }

    private static async Task GetFileAsync(HttpContext context, string file, ImageStore store)
    {
        var id = Path.GetFileNameWithoutExtension(file);
        if (await store.LoadAsync(id) is not { } image || ImageFormats.Detect(image) is not { } format)
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
