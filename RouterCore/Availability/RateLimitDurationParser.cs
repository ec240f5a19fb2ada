using System.Buffers;
using System.Globalization;

namespace AspireRouter.RouterCore.Availability;

/// <summary>Parses Go-style durations used by OpenAI and Groq rate-limit headers: <c>2m59.56s</c>, <c>7.66s</c>, <c>1h2m3s</c>, <c>500ms</c>.</summary>
public static class RateLimitDurationParser
{
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.");

    public static bool TryParse(ReadOnlySpan<char> text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return false;
        }

        var milliseconds = 0d;
        while (!text.IsEmpty)
        {
            var numberLength = text.IndexOfAnyExcept(NumberChars);
            if (numberLength <= 0
                || !double.TryParse(text[..numberLength], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            text = text[numberLength..];
            var unitLength = text.IndexOfAny(NumberChars);
            var unit = unitLength < 0 ? text : text[..unitLength];
            var scale = MillisecondsPer(unit);
            if (scale == 0)
            {
                return false;
            }

            milliseconds += number * scale;
            text = unitLength < 0 ? [] : text[unitLength..];
        }

        duration = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    private static double MillisecondsPer(ReadOnlySpan<char> unit) => unit switch
    {
        "h" => 3_600_000,
        "m" => 60_000,
        "s" => 1_000,
        "ms" => 1,
        _ => 0,
    };
}
