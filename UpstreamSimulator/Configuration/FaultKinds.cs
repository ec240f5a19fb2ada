namespace AspireRouter.UpstreamSimulator.Configuration;

/// <summary>The names a <see cref="FaultRule.Kind"/> accepts.</summary>
public static class FaultKinds
{
    public const string RateLimitMinute = "rate_limit_min";
    public const string RateLimitDay = "rate_limit_day";
    public const string Capacity429 = "capacity_429";
    public const string Upstream429 = "upstream_429";
    public const string Payment402 = "payment_402";

    /// <summary>The key is refused with a 403 that is no moderation verdict (OpenRouter's spent key limit); OpenRouter and OpenAI-compatible providers.</summary>
    public const string Forbidden403 = "forbidden_403";
    public const string NoEndpoints404 = "no_endpoints_404";
    public const string BadGateway502 = "bad_gateway_502";
    public const string Unavailable503 = "unavailable_503";
    public const string MidstreamError = "midstream_error";
    public const string Stall = "stall";
    public const string ErrorIn200 = "error_in_200";

    public static IReadOnlyList<string> All { get; } =
    [
        RateLimitMinute, RateLimitDay, Capacity429, Upstream429, Payment402, Forbidden403, NoEndpoints404,
        BadGateway502, Unavailable503, MidstreamError, Stall, ErrorIn200,
    ];
}
