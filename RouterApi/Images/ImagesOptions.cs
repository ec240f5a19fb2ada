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

    /// <summary>
    /// Pixels one request may ask for in all (<c>n</c> × the size's pixels, <c>auto</c> counting as 1024x1024); more is refused with
    /// 400 before any upstream call. The default allows any size once, 4096x4096 twice, and ten images up to about 1830x1830.
    /// </summary>
    public long MaxPixelsPerRequest { get; init; } = 2L * 4096 * 4096;

    /// <summary>Pixels an upstream image may have to be decoded; a larger one fails its attempt (a 4K image of 21:9 has about 17 million).</summary>
    public long MaxImagePixels { get; init; } = 24L * 1024 * 1024;

    /// <summary>Images decoded and re-encoded at once across the process; more wait their turn (a 4K image takes 64 MiB decoded).</summary>
    public int MaxConcurrentTranscodes { get; init; } = 2;

    /// <summary>Largest upstream image response read; a larger one fails its attempt (a 4K PNG in base64 JSON is rarely above 40 MiB).</summary>
    public long MaxResponseBodyBytes { get; init; } = 48L * 1024 * 1024;
}
