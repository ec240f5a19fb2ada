using System.Text.Json;

namespace AspireRouter.Goodput;

/// <summary>Counts, from the simulator's request log, the chat calls made with the router's keys and how many were refused with 429.</summary>
internal static class UpstreamLog
{
    public static async Task<(long Calls, long Refused)> RouterCallsAsync(HttpClient http, GoodputSettings settings)
    {
        await using var body = await http.GetStreamAsync(new Uri(settings.Simulator, "_control/requests"));
        using var log = await JsonDocument.ParseAsync(body);
        long calls = 0, refused = 0;
        foreach (var request in log.RootElement.GetProperty("requests").EnumerateArray())
        {
            var suffix = request.GetProperty("keySuffix").GetString();
            if (suffix is not null && settings.RouterKeySuffixes.Contains(suffix)
                && request.GetProperty("path").GetString()?.EndsWith("/chat/completions", StringComparison.Ordinal) == true)
            {
                calls++;
                refused += request.GetProperty("status").GetInt32() == 429 ? 1 : 0;
            }
        }

        return (calls, refused);
    }
}
