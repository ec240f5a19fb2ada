using System.Globalization;
using System.Text;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// Answers a request no model served: 400 when no model in the pool could ever serve it (<see cref="ShortfallResponder"/>),
/// 429 with <c>Retry-After</c> when every candidate is cooling down, 503 otherwise; the message says how many models were
/// tried and why each failed.
/// </summary>
internal sealed class ExhaustionResponder(CatalogStore catalog, PolicyStore policy, AvailabilityTracker tracker, TimeProvider time)
{
    public static Task WriteRejectedAsync(HttpContext context, UpstreamFailure failure, List<AttemptRecord> attempts)
    {
        var last = attempts[^1];
        RouterHeaders.Write(context.Response, last.Model, last.Provider, attempts.Count);
        if (failure.Kind == UpstreamFailureKind.SlowBody)
        {
            var slow = new OpenAiError(failure.Message ?? "The model's answer was too slow.", "server_error", Param: null, Code: "upstream_timeout");
            return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status504GatewayTimeout, slow);
        }

        var error = new OpenAiError(
            failure.Message ?? "The model's provider rejected the request as malformed.",
            OpenAiError.InvalidRequestType,
            Param: null,
            Code: failure.NeedsLargerContext ? "context_length_exceeded" : null);
        return OpenAiErrorResults.WriteAsync(context, failure.StatusCode is >= 400 and < 500 ? failure.StatusCode.Value : 400, error);
    }

    public Task WriteAsync(HttpContext context, ChatRequest request, RequestRequirements requirements, List<AttemptRecord> attempts, DateTimeOffset? earliestReset)
    {
        RouterHeaders.Write(context.Response, model: null, provider: null, attempts.Count);
        if (attempts.Count == 0 && !NamesKnownModel(request)
            && PoolDiagnosis.Diagnose(catalog.Current, policy.Current, requirements) is { Kind: not PoolShortfallKind.None } shortfall)
        {
            return ShortfallResponder.WriteAsync(context, requirements, shortfall, RequirementsReader.CompletionTokens(request));
        }

        var now = time.GetUtcNow();
        var reset = CooldownHorizon.Earliest(tracker, earliestReset, attempts, now);
        var tried = attempts.Count == 0 ? "No free model that can serve this request is available right now." : Tried(attempts);
        if (reset is { } until && (attempts.Count == 0 || AllCoolingDown(attempts, now)))
        {
            var wait = until - now;
            var message = $"{tried} Every candidate is cooling down; the earliest is available again in {Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s.";
            return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status429TooManyRequests, new OpenAiError(message, "requests", null, "rate_limit_exceeded"), wait);
        }

        return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new OpenAiError(tried, "server_error", null, "no_model_available"));
    }

    private bool NamesKnownModel(ChatRequest request) =>
        request.Model is { } model && catalog.Current.IndexOf(model) >= 0;

    private bool AllCoolingDown(List<AttemptRecord> attempts, DateTimeOffset now)
    {
        foreach (var attempt in attempts)
        {
            if (tracker.GetState(attempt.Model).CoolingUntil is not { } until || until <= now)
            {
                return false;
            }
        }

        return true;
    }

    private static string Tried(List<AttemptRecord> attempts)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Tried {attempts.Count} free model{(attempts.Count == 1 ? "" : "s")}, none answered: ");
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            text.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : "; ")}{attempt.Model} ({attempt.Outcome})");
        }

        return text.Append('.').ToString();
    }
}
