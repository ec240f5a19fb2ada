namespace AspireRouter.RouterCore.Availability;

/// <summary>What upstream error messages say, where the status alone is not enough.</summary>
internal static class UpstreamErrorText
{
    private static readonly string[] ContextLengthPhrases =
        ["context length", "context_length", "context window", "maximum context", "prompt is too long", "too many tokens"];

    private static readonly string[] NoEndpointPhrases =
        ["No endpoints found", "No allowed providers", "no available model provider"];

    // A 402 that a smaller request (fewer max_tokens) or another model could avoid, as opposed to an account out of credit.
    private static readonly string[] RequestScopedPaymentPhrases = ["fewer max_tokens", "this model", "requires more credits"];

    // How providers say a model or a free tier is over for good (Groq's model_decommissioned, OpenAI's and others' wording).
    private static readonly string[] TierGonePhrases =
        ["decommissioned", "no longer supported", "no longer available", "no longer free", "free tier has ended", "free tier ended",
         "free tier is no longer", "has been retired", "has been deprecated"];

    public static bool IsTierGone(string text) => ContainsAny(text, TierGonePhrases);

    public static bool IsContextLength(string text) => ContainsAny(text, ContextLengthPhrases);

    public static bool IsNoEndpoints(string text) => ContainsAny(text, NoEndpointPhrases);

    public static bool IsRequestScopedPayment(string text) => ContainsAny(text, RequestScopedPaymentPhrases);

    /// <summary>The window of OpenRouter's account-wide free-model quota the message names (<c>free-models-per-day</c>, <c>free-models-per-min</c>), or null.</summary>
    public static TimeSpan? AccountQuotaWindow(string text) =>
        text.Contains("free-models-per-day", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromDays(1)
        : text.Contains("free-models-per-min", StringComparison.OrdinalIgnoreCase) ? TimeSpan.FromMinutes(1)
        : null;

    private static bool ContainsAny(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
