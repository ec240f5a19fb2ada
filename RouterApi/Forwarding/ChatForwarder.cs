using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>
/// The fallback loop: plan the candidates, try them in order until one answers, the request is refused as malformed,
/// or the attempt budget or deadline runs out; then tell the client, in OpenAI's shape, what happened.
/// </summary>
internal sealed class ChatForwarder(
    RoutePlanner planner,
    PolicyStore policy,
    AvailabilityTracker tracker,
    IOptions<ProvidersOptions> providers,
    ChatAttempt attempt,
    ExhaustionResponder exhaustion,
    TimeProvider time)
{
    public async Task ForwardAsync(HttpContext context, ChatRequest request, PooledByteBufferWriter body)
    {
        var budget = policy.Current;
        var started = time.GetTimestamp();
        var requirements = RequirementsReader.From(request);
        var attempts = new List<AttemptRecord>(budget.AttemptBudget);
        var plan = planner.Plan(request, requirements);
        try
        {
            var index = 0;
            while (index < plan.Count && attempts.Count < budget.AttemptBudget)
            {
                var model = plan.Candidates[index++];
                var left = budget.Deadline - time.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    break;
                }

                if (WasTried(attempts, model) || providers.Value.Find(model.Provider) is not { } provider || !tracker.TryBeginAttempt(model.Id, model.Provider))
                {
                    continue;
                }

                var result = await attempt.RunAsync(new ChatAttemptContext(context, request, body, model, provider, attempts.Count + 1, left), context.RequestAborted);
                attempts.Add(Describe(model, result));
                if (result.Kind == AttemptResultKind.Served)
                {
                    Record(model, result);
                    return;
                }

                var failure = result.Failure!;
                tracker.RecordFailure(model.Id, model.Provider, failure);
                if (result.Kind == AttemptResultKind.Rejected)
                {
                    await ExhaustionResponder.WriteRejectedAsync(context, failure, attempts);
                    return;
                }

                if (failure.NeedsLargerContext && model.ContextLength > 0)
                {
                    requirements = requirements with { MinContextTokens = Math.Max(requirements.MinContextTokens, model.ContextLength + 1) };
                    plan.Dispose();
                    plan = planner.Plan(request, requirements);
                    index = 0;
                }
            }

            await exhaustion.WriteAsync(context, request, requirements, attempts, plan.EarliestReset);
        }
        finally
        {
            plan.Dispose();
        }
    }

    private void Record(ModelInfo model, AttemptResult result)
    {
        tracker.RecordSuccess(model.Id, model.Provider, result.TimeToFirstToken);
        if (result.Failure is { } midStream)
        {
            tracker.RecordFailure(model.Id, model.Provider, midStream);
        }
    }

    private static bool WasTried(List<AttemptRecord> attempts, ModelInfo model)
    {
        foreach (var tried in attempts)
        {
            if (string.Equals(tried.Model, model.Id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static AttemptRecord Describe(ModelInfo model, AttemptResult result) =>
        result.Kind == AttemptResultKind.Served
            ? new AttemptRecord(model.Id, model.Provider, 200, "ok")
            : new AttemptRecord(model.Id, model.Provider, result.Failure!.StatusCode, FailureText.Describe(result.Failure));
}
