using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>Where stored images are served: <c>{base}/v1/images/files/{id}.{ext}</c>, the base being configured or the request's own.</summary>
internal sealed class ImageUrls(IOptions<ImagesOptions> options)
{
    public const string FilesPath = "/v1/images/files";
    private readonly string? _publicBaseUrl = options.Value.PublicBaseUrl?.TrimEnd('/');

    public string For(HttpRequest request, string id, ImageFileFormat format)
    {
        var baseUrl = _publicBaseUrl ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
        return $"{baseUrl}{FilesPath}/{id}.{ImageFormats.Name(format)}";
    }
}
