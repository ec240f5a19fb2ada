using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Load;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Requirements;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// The one routing loop every endpoint uses: plan the candidates, reserve quota, count load, attempt, classify the failure,
/// cool down, plan again after a provider-wide cooldown or a context shortfall, stop at the attempt budget or the deadline;
/// when every candidate is cooling and the client (or the policy) accepts a short wait, wait for the earliest reset and go again.
/// The endpoint supplies the attempt (<see cref="IModelAttempt"/>) and writes the answer from the <see cref="RoutingRun"/>.
/// </summary>
/// <remarks>
/// A request's path: <c>Http/ClientKeyFilter</c> (the key) → the endpoint (<c>Chat/ChatCompletionsEndpoint</c>,
/// <c>Images/ImageGenerationsEndpoint</c>) reads the body (<c>Http/RequestBodyReader</c>) and checks it → this pipeline plans with
/// RouterCore's <c>Selection/RoutePlanner</c> and reserves with <c>Availability/AvailabilityTracker</c> → the endpoint's attempt
/// (<c>Chat/ChatAttempt</c> through RouterCore's provider adapters and RouterCore's <c>Upstream/UpstreamClient</c>; <c>Chat/StreamRelay</c> for
/// streams; <c>Images/ImageAttempt</c>) → the endpoint answers, or <c>Routing/ExhaustionResponder</c> says what was tried, and
/// <c>Routing/RoutingDecisionRecorder</c> keeps the decision for the portal.
/// </remarks>
internal sealed class RoutingPipeline(
    RoutePlanner planner,
    PolicyStore policy,
    AvailabilityTracker tracker,
    IOptions<ProvidersOptions> providers,
    LoadTracker load,
    TimeProvider time)
{
    /// <summary>A new run under the current policy; <paramref name="startedTimestamp"/> is when the client's request started.</summary>
    public RoutingRun Begin(ChatRequest request, RequestRequirements requirements, long startedTimestamp) =>
        new(request, requirements, policy.Current, startedTimestamp);

    public async Task RunAsync<TAttempt>(RoutingRun run, TAttempt attempt, CancellationToken cancellationToken)
        where TAttempt : IModelAttempt
    {
        await PassAsync(run, attempt, cancellationToken);
        if (!run.Served && run.Rejected is null && WaitForReset(run) is { } wait)
        {
            await Task.Delay(wait, time, cancellationToken);
            await PassAsync(run, attempt, cancellationToken);
        }
    }

    private async Task PassAsync<TAttempt>(RoutingRun run, TAttempt attempt, CancellationToken cancellationToken)
        where TAttempt : IModelAttempt
    {
        run.BeginPass();
        var plan = planner.Plan(run.Request, run.Requirements);
        try
        {
            var index = 0;
            while (index < plan.Count && run.HasBudget)
            {
                var model = plan.Candidates[index++];
                var left = run.Policy.Deadline - time.GetElapsedTime(run.StartedTimestamp);
                if (left <= TimeSpan.Zero)
                {
                    break;
                }

                if (run.WasTriedThisPass(model.Id) || providers.Value.Find(model.Provider) is not { } provider)
                {
                    continue;
                }

                if (!await tracker.TryBeginAttemptAsync(model.Id, model.Provider))
                {
                    // Cooling since the plan was made (a quota another replica spent, say): remember when it is back.
                    run.NoteReset(tracker.GetState(model.Id).CoolingUntil);
                    continue;
                }

                AttemptResult result;
                using (load.Begin(model.Id))
                {
                    result = await attempt.RunAsync(model, provider, run.Attempts.Count + 1, left, cancellationToken);
                }

                run.Attempts.Add(Describe(model, result));
                if (result.Kind == AttemptResultKind.Served)
                {
                    Record(model, result);
                    run.Served = true;
                    run.Usage = result.Usage;
                    return;
                }

                var failure = result.Failure!;
                tracker.RecordFailure(model.Id, model.Provider, failure);
                if (result.Kind == AttemptResultKind.Rejected)
                {
                    run.Rejected = failure;
                    return;
                }

                // A larger context is needed, or the whole provider is out: the rest of the plan no longer fits, so plan again.
                var needsLargerContext = failure.NeedsLargerContext && model.ContextLength > 0;
                if (needsLargerContext || failure.CoolsWholeProvider)
                {
                    if (needsLargerContext)
                    {
                        run.Requirements = run.Requirements with { MinContextTokens = Math.Max(run.Requirements.MinContextTokens, model.ContextLength + 1) };
                    }

                    plan.Dispose();
                    plan = planner.Plan(run.Request, run.Requirements);
                    index = 0;
                }
            }

            run.NoteReset(plan.EarliestReset);
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
    private TimeSpan? WaitForReset(RoutingRun run)
    {
        var bound = run.Policy.MaxWaitForReset;
        if (run.Requirements.Hints?.MaxWait is { } accepted)
        {
            bound = accepted < bound ? accepted : bound;
        }
        else if (!run.Policy.WaitForResetByDefault)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var wait = CooldownHorizon.Earliest(tracker, run.EarliestReset, run.Attempts, now) - now;
        var left = run.Policy.Deadline - time.GetElapsedTime(run.StartedTimestamp);
        return run.HasBudget && wait > TimeSpan.Zero && wait <= bound && wait < left ? wait : null;
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
            ? new AttemptRecord(model.Id, model.Provider, StatusCodes.Status200OK, "ok")
            : new AttemptRecord(model.Id, model.Provider, result.Failure!.StatusCode, FailureText.Describe(result.Failure));
}
