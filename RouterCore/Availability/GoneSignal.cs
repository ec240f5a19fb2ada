namespace AspireRouter.RouterCore.Availability;

/// <summary>Which failures say "this free tier may be gone": refusals of the account or the model, not of one request.</summary>
internal static class GoneSignal
{
    public static bool Is(UpstreamFailure failure)
    {
        var text = failure.Message ?? "";
        if (UpstreamErrorText.IsTierGone(text))
        {
            return true;
        }

        return failure.StatusCode is 401 or 402 or 403 or 404 or 410
            && failure.Kind != UpstreamFailureKind.ContextLengthExceeded
            && !(failure.Kind == UpstreamFailureKind.PaymentRequired && UpstreamErrorText.IsRequestScopedPayment(text));
    }

    /// <summary>The words shown for the refusal: the upstream's message, else its status.</summary>
    public static string MessageOf(UpstreamFailure failure) =>
        !string.IsNullOrWhiteSpace(failure.Message) ? failure.Message
        : failure.StatusCode is { } status ? $"HTTP {status}"
        : failure.Kind.ToString();
}
