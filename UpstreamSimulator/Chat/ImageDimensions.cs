namespace AspireRouter.UpstreamSimulator.Chat;

/// <summary>
/// Pixel size of a generated image from OpenRouter's <c>image_config</c>: the aspect ratios Gemini image models document at 1K,
/// scaled by <c>image_size</c> (2K, 4K); 1024x1024 by default.
/// </summary>
internal static class ImageDimensions
{
    private static readonly Dictionary<string, (int Width, int Height)> AtOneK = new(StringComparer.Ordinal)
    {
        ["1:1"] = (1024, 1024),
        ["2:3"] = (832, 1248),
        ["3:2"] = (1248, 832),
        ["3:4"] = (864, 1184),
        ["4:3"] = (1184, 864),
        ["4:5"] = (896, 1152),
        ["5:4"] = (1152, 896),
        ["9:16"] = (768, 1344),
        ["16:9"] = (1344, 768),
        ["21:9"] = (1536, 672),
    };

    public static (int Width, int Height) For(string? aspectRatio, string? imageSize)
    {
        var (width, height) = aspectRatio is not null && AtOneK.TryGetValue(aspectRatio, out var size) ? size : AtOneK["1:1"];
        var scale = imageSize?.ToUpperInvariant() switch
        {
            "2K" => 2,
            "4K" => 4,
            _ => 1,
        };
        return (width * scale, height * scale);
    }
}
