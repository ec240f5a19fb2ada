using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>The <c>error.type</c> of a failed attempt: the failure's kind, in the conventions' low-cardinality snake case.</summary>
internal static class FailureTypes
{
    public static string Of(UpstreamFailureKind kind) => kind switch
    {
        UpstreamFailureKind.RateLimited => "rate_limited",
        UpstreamFailureKind.PaymentRequired => "payment_required",
        UpstreamFailureKind.Unauthorized => "unauthorized",
        UpstreamFailureKind.Forbidden => "forbidden",
        UpstreamFailureKind.NoEndpoints => "no_endpoints",
        UpstreamFailureKind.Timeout => "timeout",
        UpstreamFailureKind.ConnectError => "connect_error",
        UpstreamFailureKind.ServerError => "server_error",
        UpstreamFailureKind.ErrorInBody => "error_in_body",
        UpstreamFailureKind.ContextLengthExceeded => "context_length_exceeded",
        UpstreamFailureKind.BadRequest => "bad_request",
        UpstreamFailureKind.UnsupportedParameter => "unsupported_parameter",
        UpstreamFailureKind.SlowBody => "slow_body",
        _ => "_OTHER",
    };
}
