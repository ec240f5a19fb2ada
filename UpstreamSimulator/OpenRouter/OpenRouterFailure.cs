using System.Globalization;
using AspireRouter.UpstreamSimulator.Http;
using AspireRouter.UpstreamSimulator.Json;
using AspireRouter.UpstreamSimulator.OpenRouter.Wire;
using Microsoft.AspNetCore.Http;

namespace AspireRouter.UpstreamSimulator.OpenRouter;

/// <summary>An OpenRouter error answer: status, body, and the headers that go with it.</summary>
internal sealed record OpenRouterFailure(int Status, OpenRouterError Body)
{
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Headers OpenRouter sends with platform rate limits (X-RateLimit-*).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public void Write(HttpResponse response)
    {
        if (RetryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

        JsonResponse.Write(response, Status, Body, WireJsonContext.Default.OpenRouterError);
    }
}
