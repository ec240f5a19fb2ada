using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Buffers;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Load;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Forwarding;

/// <summary>
/// The fallback loop: plan the candidates, try them in order until one answers, the request is refused as malformed,
/// or the attempt budget or deadline runs out; when every candidate is cooling and the client (or the policy) accepts a
/// short wait, wait for the earliest reset and try again; then tell the client, in OpenAI's shape, what happened.
/// </summary>
internal sealed class ChatForwarder(
    RoutePlanner planner,
    PolicyStore policy,
    AvailabilityTracker tracker,
    IOptions<ProvidersOptions> providers,
    ChatAttempt attempt,
    ExhaustionResponder exhaustion,
    RoutingDecisionRecorder decisions,
    LoadTracker load,
    TimeProvider time)
{
    public async Task ForwardAsync(HttpContext context, ChatRequest request, PooledByteBufferWriter body)
    {
        var state = new ForwardingState(request, policy.Current, time.GetTimestamp());
        try
        {
            await TryServeAsync(context, body, state);
            if (!state.Served && state.Rejected is null && WaitForReset(state) is { } wait)
            {
                await Task.Delay(wait, time, context.RequestAborted);
                await TryServeAsync(context, body, state);
            }

            if (state.Rejected is { } rejected)
            {
                await ExhaustionResponder.WriteRejectedAsync(context, rejected, state.Attempts);
            }
            else if (!state.Served)
            {
                await exhaustion.WriteAsync(context, request, state.Requirements, state.Attempts, state.EarliestReset);
            }
        }
        finally
        {
            decisions.Record(context, request, state.Attempts, state.StartedTimestamp, state.Usage);
        }
    }

    private async Task TryServeAsync(HttpContext context, PooledByteBufferWriter body, ForwardingState state)
    {
        state.BeginPass();
        var plan = planner.Plan(state.Request, state.Requirements);
        try
        {
            var index = 0;
            while (index < plan.Count && state.HasBudget)
            {
                var model = plan.Candidates[index++];
                var left = state.Policy.Deadline - time.GetElapsedTime(state.StartedTimestamp);
                if (left <= TimeSpan.Zero)
                {
                    break;
                }

                if (state.WasTriedThisPass(model.Id) || providers.Value.Find(model.Provider) is not { } provider)
                {
                    continue;
                }

                if (!await tracker.TryBeginAttemptAsync(model.Id, model.Provider))
                {
                    // Cooling since the plan was made (a quota another replica spent, say): remember when it is back.
                    state.NoteReset(tracker.GetState(model.Id).CoolingUntil);
                    continue;
                }

                AttemptResult result;
                using (load.Begin(model.Id))
                {
                    result = await attempt.RunAsync(new ChatAttemptContext(context, state.Request, body, model, provider, state.Attempts.Count + 1, left), context.RequestAborted);
                }

                state.Attempts.Add(Describe(model, result));
                if (result.Kind == AttemptResultKind.Served)
                {
                    Record(model, result);
                    state.Served = true;
                    state.Usage = result.Usage;
                    return;
                }

                var failure = result.Failure!;
                tracker.RecordFailure(model.Id, model.Provider, failure);
                if (result.Kind == AttemptResultKind.Rejected)
                {
                    state.Rejected = failure;
                    return;
                }

                // A larger context is needed, or the whole provider is out: the rest of the plan no longer fits, so plan again.
                var needsLargerContext = failure.NeedsLargerContext && model.ContextLength > 0;
                if (needsLargerContext || failure.CoolsWholeProvider)
                {
                    if (needsLargerContext)
                    {
                        state.Requirements = state.Requirements with { MinContextTokens = Math.Max(state.Requirements.MinContextTokens, model.ContextLength + 1) };
                    }

                    plan.Dispose();
                    plan = planner.Plan(state.Request, state.Requirements);
                    index = 0;
                }
            }

            state.NoteReset(plan.EarliestReset);
        }
        finally
        {
            plan.Dispose();
        }
    }

    /// <summary>
    /// How long to wait for the earliest reset, when it is close enough and the client (hint <c>max_wait</c>, body or header) or
    /// the policy accepts waiting.
    /// </summary>
    private TimeSpan? WaitForReset(ForwardingState state)
    {
        var bound = state.Policy.MaxWaitForReset;
        if (state.Requirements.Hints?.MaxWait is { } accepted)
        {
            bound = accepted < bound ? accepted : bound;
        }
        else if (!state.Policy.WaitForResetByDefault)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var wait = CooldownHorizon.Earliest(tracker, state.EarliestReset, state.Attempts, now) - now;
        var left = state.Policy.Deadline - time.GetElapsedTime(state.StartedTimestamp);
        return state.HasBudget && wait > TimeSpan.Zero && wait <= bound && wait < left ? wait : null;
    }

    private void Record(ModelInfo model, AttemptResult result)
    {
        tracker.RecordSuccess(model.Id, model.Provider, result.TimeToFirstToken);
        if (result.TokensPerSecond is { } rate)
        {
            tracker.RecordThroughput(model.Id, model.Provider, rate);
        }

        if (result.Failure is { } midStream)
        {
            tracker.RecordFailure(model.Id, model.Provider, midStream);
        }
    }

    private static AttemptRecord Describe(ModelInfo model, AttemptResult result) =>
        result.Kind == AttemptResultKind.Served
            ? new AttemptRecord(model.Id, model.Provider, 200, "ok")
            : new AttemptRecord(model.Id, model.Provider, result.Failure!.StatusCode, FailureText.Describe(result.Failure));
}
