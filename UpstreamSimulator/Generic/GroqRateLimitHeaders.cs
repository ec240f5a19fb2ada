using System.Globalization;
using AspireRouter.UpstreamSimulator.Quotas;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.Generic;

/// <summary>
/// Groq's <c>x-ratelimit-*</c> headers, sent on every chat response (https://console.groq.com/docs/rate-limits):
/// <c>-requests</c> always refer to requests per day, <c>-tokens</c> to tokens per minute.
/// </summary>
internal static class GroqRateLimitHeaders
{
    public static void Write(HttpResponse response, RateLimitVerdict verdict)
    {
        var headers = response.Headers;
        if (verdict.LimitRequests > 0)
        {
            headers["x-ratelimit-limit-requests"] = verdict.LimitRequests.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-remaining-requests"] = verdict.RemainingRequests.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-reset-requests"] = GoDuration.Format(verdict.ResetRequests);
        }

        if (verdict.LimitTokens > 0)
        {
            headers["x-ratelimit-limit-tokens"] = verdict.LimitTokens.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-remaining-tokens"] = verdict.RemainingTokens.ToString(CultureInfo.InvariantCulture);
            headers["x-ratelimit-reset-tokens"] = GoDuration.Format(verdict.ResetTokens);
        }
    }
}
