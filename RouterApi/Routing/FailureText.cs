using AspireRouter.RouterCore.Availability;

namespace AspireRouter.RouterApi.Routing;

/// <summary>One short, human line for an upstream failure, as clients and operators read it.</summary>
internal static class FailureText
{
    public static string Describe(UpstreamFailure failure)
    {
        var kind = failure.Kind switch
        {
            UpstreamFailureKind.RateLimited => "rate limited",
            UpstreamFailureKind.PaymentRequired => "payment required",
            UpstreamFailureKind.Unauthorized => "unauthorized",
            UpstreamFailureKind.Forbidden => "refused",
            UpstreamFailureKind.NoEndpoints => "no endpoints",
            UpstreamFailureKind.Timeout => "timed out",
            UpstreamFailureKind.ConnectError => "unreachable",
            UpstreamFailureKind.ServerError => "server error",
            UpstreamFailureKind.ErrorInBody => "error in response",
            UpstreamFailureKind.ContextLengthExceeded => "context too long",
            UpstreamFailureKind.UnsupportedParameter => "unsupported parameter",
            UpstreamFailureKind.SlowBody => "slow",
            _ => "bad request",
        };
        return failure.Message is { Length: > 0 } message ? $"{kind}: {Shorten(message)}" : kind;
    }

    private static string Shorten(string message) => message.Length <= 160 ? message : string.Concat(message.AsSpan(0, 157), "...");
}
