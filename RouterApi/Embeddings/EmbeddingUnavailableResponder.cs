using System.Globalization;
using System.Text;
using AspireRouter.RouterApi.Http;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;

namespace AspireRouter.RouterApi.Embeddings;

/// <summary>
/// Answers an embeddings request whose model could not serve it, naming the model and why: 429 with <c>Retry-After</c> when it
/// is cooling down everywhere, 503 otherwise. The request is never moved to another model, and the message says so.
/// </summary>
internal sealed class EmbeddingUnavailableResponder(AvailabilityTracker tracker, TimeProvider time)
{
    private const string NoFallback =
        "An embeddings request never falls back to a different model, because vectors of different models cannot be compared; retry later, or ask for another embedding model.";

    /// <param name="model">The model asked for, or picked for <c>free:embedding</c>; null when the pool had none to pick.</param>
    public Task WriteAsync(HttpContext context, string? model, List<AttemptRecord> attempts, DateTimeOffset? earliestReset)
    {
        RouterHeaders.Write(context.Response, model: null, provider: null, attempts.Count);
        var now = time.GetUtcNow();
        var reset = CooldownHorizon.Earliest(tracker, earliestReset, attempts, now);
        var cooling = reset is not null && (attempts.Count == 0 || AllCoolingDown(attempts, now));
        var subject = model is null ? "No free embedding model is available right now" : $"The embedding model '{model}' is unavailable";
        var why = new StringBuilder(subject);
        if (attempts.Count == 0 && !cooling && model is not null)
        {
            why.Append(": none of its providers can take a request now (the model is blocked, or their quota is spent)");
        }
        else if (attempts.Count > 0)
        {
            why.Append(": ");
            for (var i = 0; i < attempts.Count; i++)
            {
                why.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : "; ")}{attempts[i].Model} at {attempts[i].Provider} ({attempts[i].Outcome})");
            }
        }

        if (cooling)
        {
            var wait = reset!.Value - now;
            why.Append(CultureInfo.InvariantCulture, $". It is cooling down and available again in {Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s. {NoFallback}");
            return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status429TooManyRequests, new OpenAiError(why.ToString(), "requests", "model", "rate_limit_exceeded"), wait);
        }

        why.Append(". ").Append(NoFallback);
        return OpenAiErrorResults.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, new OpenAiError(why.ToString(), "server_error", "model", "model_unavailable"));
    }

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
}
