using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>Refuses to start with a non-positive lifetime, timeout or limit, or a public base URL that is not an absolute http(s) URL.</summary>
internal sealed class ImagesOptionsValidator : IValidateOptions<ImagesOptions>
{
    private const long MinPixels = 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, ImagesOptions options)
    {
        var failures = new List<string>();
        if (options.UrlLifetime <= TimeSpan.Zero)
        {
            failures.Add("Images:UrlLifetime must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero)
        {
            failures.Add("Images:AttemptTimeout must be positive.");
        }

        if (options.MaxPixelsPerRequest < MinPixels || options.MaxImagePixels < MinPixels)
        {
            failures.Add($"Images:MaxPixelsPerRequest and Images:MaxImagePixels must be at least {MinPixels} (one 1024x1024 image).");
        }

        if (options.MaxConcurrentTranscodes <= 0)
        {
            failures.Add("Images:MaxConcurrentTranscodes must be positive.");
        }

        if (options.MaxResponseBodyBytes is <= 0 or > int.MaxValue)
        {
            failures.Add($"Images:MaxResponseBodyBytes must be between 1 and {int.MaxValue}.");
        }

        if (options.PublicBaseUrl is { } baseUrl && !IsHttpUrl(baseUrl))
        {
            failures.Add("Images:PublicBaseUrl must be an absolute http(s) URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
