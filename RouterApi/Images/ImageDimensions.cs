using System.Globalization;

namespace AspireRouter.RouterApi.Images;

/// <summary>An image size in pixels, written <c>WIDTHxHEIGHT</c> as OpenAI's <c>size</c> is.</summary>
internal readonly record struct ImageDimensions(int Width, int Height)
{
    public const int MinEdge = 64;
    public const int MaxEdge = 4096;
    public const int MaxAspect = 3;

    /// <summary>Parses <c>WIDTHxHEIGHT</c> with edges of <see cref="MinEdge"/>..<see cref="MaxEdge"/> and an aspect ratio within 1:3..3:1.</summary>
    public static bool TryParse(string text, out ImageDimensions size)
    {
        size = default;
        var separator = text.IndexOf('x', StringComparison.Ordinal);
        if (separator <= 0
            || !int.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(text.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var height))
        {
            return false;
        }

        size = new ImageDimensions(width, height);
        return width is >= MinEdge and <= MaxEdge
            && height is >= MinEdge and <= MaxEdge
            && width <= height * MaxAspect
            && height <= width * MaxAspect;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width}x{Height}");
}
