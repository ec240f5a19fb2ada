namespace AspireRouter.RouterApi.Images;

/// <summary>Image generation settings (section <c>Images</c>).</summary>
public sealed class ImagesOptions
{
    public const string SectionName = "Images";

    /// <summary>How long an image asked for with <c>response_format: "url"</c> stays downloadable (OpenAI's URLs last an hour).</summary>
    public TimeSpan UrlLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>The router's address as clients reach it (e.g. behind a proxy), for image URLs; the request's own scheme and host when unset.</summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary>How long one upstream image call may take before the next candidate is tried.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
