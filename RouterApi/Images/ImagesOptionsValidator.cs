using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>Refuses to start with a non-positive lifetime or timeout, or a public base URL that is not an absolute http(s) URL.</summary>
internal sealed class ImagesOptionsValidator : IValidateOptions<ImagesOptions>
{
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

        if (options.PublicBaseUrl is { } baseUrl && !IsHttpUrl(baseUrl))
        {
            failures.Add("Images:PublicBaseUrl must be an absolute http(s) URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
