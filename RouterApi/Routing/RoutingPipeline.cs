using System.Runtime.CompilerServices;
using System.Diagnostics;
using AspireRouter.RouterApi.Telemetry;
using AspireRouter.RouterCore.Availability;
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
/// A request's path: <c>Http/ClientKeyGate</c> (the key) → the endpoint (<c>Chat/ChatCompletionsEndpoint</c>,
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
    RouterMetrics metrics,
    RouterStopSignal stop,
    TimeProvider time)
{
    private readonly AttemptOutcomes _outcomes = new(tracker);

    /// <summary>A new run under the current policy; <paramref name="startedTimestamp"/> is when the client's request started.</summary>
    public RoutingRun Begin(ChatRequest request, RequestRequirements requirements, long startedTimestamp) =>
        new(request, requirements, policy.Current, startedTimestamp);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask RunAsync<TAttempt>(RoutingRun run, TAttempt attempt, CancellationToken cancellationToken)
        where TAttempt : IModelAttempt
    {
        var routing = RoutingSpans.StartRouting(run);
        try
        {
            await PassAsync(run, attempt, routing, cancellationToken);
            if (!run.Served && run.Rejected is null && WaitForReset(run) is { } wait)
            {
                await WaitAsync(wait, cancellationToken);
                await PassAsync(run, attempt, routing, cancellationToken);
            }
        }
        finally
        {
            var outcome = run.Served ? RoutingOutcomes.Served
                : run.Rejected is not null ? RoutingOutcomes.Rejected
                : cancellationToken.IsCancellationRequested ? RoutingOutcomes.Cancelled
                : stop.Stopped ? RoutingOutcomes.Stopped
                : RoutingOutcomes.Exhausted;
            metrics.RecordRequest(attempt.OperationName, outcome, run.Attempts.Count);
            RoutingSpans.EndRouting(routing, run, outcome);
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask PassAsync<TAttempt>(RoutingRun run, TAttempt attempt, Activity? routing, CancellationToken cancellationToken)
        where TAttempt : IModelAttempt
    {
        run.BeginPass();
        using var cursor = new PlanCursor(planner, run);
        RoutingSpans.TagCandidates(routing, cursor.Count);
        while (run.HasBudget && TimeLeft(run) > TimeSpan.Zero
            && await NextAsync(run, cursor, inFlight: null) is { } target
            && Start(run, attempt, target, cancellationToken) is { } primary)
        {
            var hedge = attempt.CanHedge && !run.Hedged ? await HedgeIfOverdueAsync(run, cursor, attempt, primary, cancellationToken) : null;
            if (hedge is not null)
            {
                await SettleAsync(run, primary, hedge);
            }

            // Each outcome is awaited here, not in a method of its own: one frame fewer held for a stream's whole life.
            var replan = _outcomes.Conclude(run, primary, await primary.Outcome);
            if (hedge is not null)
            {
                replan |= _outcomes.Conclude(run, hedge, await hedge.Outcome);
            }

            if (run.Served || run.Rejected is not null)
            {
                return;
            }

            // A larger context is needed, or the whole provider is out: the rest of the plan no longer fits, so plan again.
            if (replan)
            {
                cursor.Replan();
            }
        }

        run.NoteReset(cursor.EarliestReset);
    }

    /// <summary>The next candidate that can take an attempt now (its quota unit taken), skipping <paramref name="inFlight"/>.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<AttemptTarget?> NextAsync(RoutingRun run, PlanCursor cursor, string? inFlight)
    {
        while (cursor.TryNext(out var model))
        {
            if (run.WasTriedThisPass(model.Id) || string.Equals(model.Id, inFlight, StringComparison.Ordinal)
                || providers.Value.Find(model.Provider) is null)
            {
                continue;
            }

            // A pool model that has not answered here yet takes one attempt at a time while other candidates remain: a stalled one holds one request, not many.
            if (!cursor.LastWasNamed && !cursor.IsAtEnd && load.InFlight(model.Id) > 0 && !tracker.IsProven(model.Id, model.Provider))
            {
                continue;
            }

            if (await tracker.TryBeginAttemptAsync(model.Id, model.Provider, run.Request.PreferredKeyNumber(model.Id)) is not { } key)
            {
                // Cooling since the plan was made (a quota another replica spent, say): remember when it is back.
                run.NoteReset(tracker.GetState(model.Id).CoolingUntil);
                continue;
            }

            return new AttemptTarget(model, key);
        }

        return null;
    }

    private RunningAttempt? Start<TAttempt>(RoutingRun run, TAttempt attempt, AttemptTarget target, CancellationToken cancellationToken)
        where TAttempt : IModelAttempt
    {
        var lane = new AttemptLane(run.Race, cancellationToken, stop.Token);
        if (!run.Race.TryStart())
        {
            lane.Dispose();
            return null;
        }

        return new RunningAttempt(target.Model, target.Key, lane, RunLaneAsync(attempt, target, lane, TimeLeft(run)));
    }

    private async Task<AttemptResult> RunLaneAsync<TAttempt>(TAttempt attempt, AttemptTarget target, AttemptLane lane, TimeSpan timeLimit)
        where TAttempt : IModelAttempt
    {
        using var counted = load.Begin(target.Model.Id);
        var span = RoutingSpans.StartAttempt(attempt.OperationName, target.Model, target.Provider);
        lane.Span = span;
        var started = time.GetTimestamp();
        AttemptResult result;
        try
        {
            result = await attempt.RunAsync(target.Model, target.Key, lane, timeLimit, lane.Token);
        }
        catch (Exception ex) when (lane.HasLost && ex is OperationCanceledException or IOException or HttpRequestException)
        {
            result = AttemptResult.Outrun;
        }
        catch (Exception ex)
        {
            RoutingSpans.EndAttempt(span, ex);
            if (lane.RouterStopped)
            {
                throw new RouterStoppingException();
            }

            throw;
        }
        finally
        {
            // Ended: its token source goes now (a later Abandon finds nothing to cancel).
            lane.MarkEnded();
            lane.Dispose();
        }

        // Given up by the router's stop, however the attempt described its end (a broken read, say): not the model's failure, and
        // no next candidate; the request is answered router_stopping.
        if (lane.RouterStopped && result.Kind is not (AttemptResultKind.Served or AttemptResultKind.Outrun))
        {
            var stopped = new RouterStoppingException();
            RoutingSpans.EndAttempt(span, stopped);
            throw stopped;
        }

        // Measured while the attempt's span is current, so a listener sees which call each measurement belongs to.
        metrics.RecordAttempt(attempt.OperationName, target.Model, target.Provider, result, time.GetElapsedTime(started), attempt.Streams);
        RoutingSpans.EndAttempt(span, result);
        return result;
    }

    /// <summary>
    /// Waits for the primary's first byte up to the model's due time; when it is overdue, marks the model suspect (a cooldown other
    /// requests and replicas see at once) and starts one hedge on the next candidate.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<RunningAttempt?> HedgeIfOverdueAsync<TAttempt>(
        RoutingRun run, PlanCursor cursor, TAttempt attempt, RunningAttempt primary, CancellationToken cancellationToken)
        where TAttempt : IModelAttempt
    {
        var model = primary.Model;
        var due = tracker.FirstTokenDueAfter(model.Id, model.Provider);
        if (due >= TimeLeft(run))
        {
            return null;
        }

        // The lane's first byte or its end, or its due time: a client that goes away ends the primary (its lane follows the request).
        if (await primary.Lane.FirstByteWithin(due, time) || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        primary.Overdue = UpstreamFailure.FirstTokenOverdue(due);
        RoutingSpans.MarkOverdue(primary.Lane.Span);
        tracker.RecordFailure(model.Id, model.Provider, primary.Overdue);
        run.Hedged = true;
        return run.Attempts.Count + 1 < run.Policy.AttemptBudget && TimeLeft(run) > TimeSpan.Zero && await NextAsync(run, cursor, model.Id) is { } next
            ? Start(run, attempt, next, cancellationToken)
            : null;
    }

    /// <summary>
    /// The primary and its hedge race: the first to commit answers and the other is cancelled; a hedge that fails gives the overdue
    /// primary up too (the next candidate is better than a stall); a primary that fails leaves the hedge running.
    /// </summary>
    private static async Task SettleAsync(RoutingRun run, RunningAttempt primary, RunningAttempt hedge)
    {
        var done = await Task.WhenAny(primary.Outcome, hedge.Outcome, run.Race.Committed);
        var primaryFailed = done == primary.Outcome && primary.Outcome.IsCompletedSuccessfully && primary.Outcome.Result.Kind == AttemptResultKind.Failed;
        if (!primaryFailed)
        {
            primary.Lane.Abandon();
            hedge.Lane.Abandon();
        }
    }

    // The wait for a cooldown's end, cut short by the router's stop (then the request is answered router_stopping).
    private async Task WaitAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stop.Token);
        try
        {
            await Task.Delay(wait, time, waiting.Token);
        }
        catch (OperationCanceledException) when (stop.Stopped && !cancellationToken.IsCancellationRequested)
        {
            throw new RouterStoppingException();
        }
    }

    private TimeSpan TimeLeft(RoutingRun run) => run.Policy.Deadline - time.GetElapsedTime(run.StartedTimestamp);

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
        var left = TimeLeft(run);
        return run.HasBudget && wait > TimeSpan.Zero && wait <= bound && wait < left ? wait : null;
    }
}
