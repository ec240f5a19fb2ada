using System.Globalization;
using System.Text;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>Durations as Groq writes them in <c>x-ratelimit-reset-*</c> and its messages: <c>2m59.56s</c>, <c>7.66s</c>, <c>399ms</c>.</summary>
internal static class GoDuration
{
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0s";
        }

        if (duration < TimeSpan.FromSeconds(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(duration.TotalMilliseconds))}ms");
        }

        var text = new StringBuilder();
        if (duration.TotalHours >= 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours}h");
        }

        if (duration.TotalMinutes >= 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"{duration.Minutes}m");
        }

        var seconds = Math.Round(duration.Seconds + (duration.Milliseconds / 1000.0), 2);
        return text.Append(seconds.ToString("0.##", CultureInfo.InvariantCulture)).Append('s').ToString();
    }
}
