namespace AspireRouter.RouterApi.Images.Upstream;

/// <summary>
/// Maps a pixel size to the aspect ratios and size classes Gemini's image models (and so OpenRouter's <c>image_config</c>) accept;
/// the router then scales the result to the exact size.
/// </summary>
internal static class AspectRatios
{
    private static readonly (string Name, double Ratio)[] Supported =
    [
        ("1:1", 1.0), ("2:3", 2.0 / 3), ("3:2", 3.0 / 2), ("3:4", 3.0 / 4), ("4:3", 4.0 / 3),
        ("4:5", 4.0 / 5), ("5:4", 5.0 / 4), ("9:16", 9.0 / 16), ("16:9", 16.0 / 9), ("21:9", 21.0 / 9),
    ];

    public static string Nearest(ImageDimensions size)
    {
        var ratio = Math.Log((double)size.Width / size.Height);
        var best = Supported[0];
        foreach (var candidate in Supported)
        {
            if (Math.Abs(Math.Log(candidate.Ratio) - ratio) < Math.Abs(Math.Log(best.Ratio) - ratio))
            {
                best = candidate;
            }
        }

        return best.Name;
    }

    /// <summary><c>2K</c> or <c>4K</c> when the longer edge needs it; null for the models' default 1K.</summary>
    public static string? LargerSizeClass(ImageDimensions size) => Math.Max(size.Width, size.Height) switch
    {
        > 2048 => "4K",
        > 1536 => "2K",
        _ => null,
    };
}
