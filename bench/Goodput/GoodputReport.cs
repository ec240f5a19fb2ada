using System.Globalization;
using System.Text;

namespace AspireRouter.Goodput;

/// <summary>The result table: per client, the share of the quota-allowed requests served and the upstream calls wasted on 429s.</summary>
internal static class GoodputReport
{
    public static string Table(GoodputSettings settings, Outcomes router, Outcomes baseline)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"One simulated day in {settings.Day.TotalSeconds:0} s (speed {settings.Speed:0}), {settings.Rate:0.0} requests/s offered to each client ({settings.LoadFactor:0.#}x the {settings.Allowed} requests the providers' daily quotas allow).");
        text.AppendLine();
        text.AppendLine("| client | requests | served | served / quota-allowed | refused (429) | other errors | upstream calls | upstream 429s | wasted on 429s |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(text, "AspireRouter", settings, router);
        Row(text, $"random pick, retry on 429 (up to {settings.BaselineAttempts} calls)", settings, baseline);
        text.AppendLine();
        text.AppendLine("Quota-allowed is what the documented daily quotas allow. The simulated Groq-style tiers refill their requests per day");
        text.AppendLine("continuously (a bucket, as Groq's x-ratelimit-reset-requests describe), so a client that keeps hitting them gets more");
        text.AppendLine("than the documented figure by the end of the day, at the price of the 429s it collects; the router keeps to the");
        text.AppendLine("documented quota per UTC day.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, GoodputSettings settings, Outcomes outcomes) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {outcomes.Requests} | {outcomes.Served} | {Percent(outcomes.Served, settings.Allowed)} | {outcomes.Refused} | {outcomes.Failed} | {outcomes.UpstreamCalls} | {outcomes.Upstream429} | {Percent(outcomes.Upstream429, outcomes.UpstreamCalls)} |");

    private static string Percent(long part, long whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
