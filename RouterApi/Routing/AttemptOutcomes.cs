using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Routing;

/// <summary>How attempts ended, written down: in the run (for headers, errors and the decision log) and in availability.</summary>
internal sealed class AttemptOutcomes(AvailabilityTracker tracker)
{
    /// <summary>
    /// Records how an attempt ended (<paramref name="result"/>, its awaited outcome), in the run and in availability; true when the
    /// plan must be made again.
    /// </summary>
    public bool Conclude(RoutingRun run, RunningAttempt running, AttemptResult result)
    {
        var model = running.Model;
        if (result.Kind == AttemptResultKind.Outrun)
        {
            var outcome = running.Overdue is { } overdue ? FailureText.Describe(overdue) : "cancelled: another model answered first";
            run.Attempts.Add(new AttemptRecord(model.Id, model.Provider, null, outcome));
            return false;
        }

        if (result.Kind == AttemptResultKind.Served)
        {
            run.Attempts.Add(new AttemptRecord(model.Id, model.Provider, StatusCodes.Status200OK, "ok"));
            Record(model, running.Key, result);
            run.Served = true;
            run.ServedBy = model;
            run.Rejected = null;
            run.Usage = result.Usage;
            return false;
        }

        var failure = result.Failure!;
        run.Attempts.Add(new AttemptRecord(model.Id, model.Provider, failure.StatusCode, FailureText.Describe(failure)));
        if (failure.Kind == UpstreamFailureKind.SlowBody)
        {
            tracker.RecordSlow(model.Id, model.Provider, result.TimeToFirstToken);
        }
        else if (running.Overdue is null)
        {
            tracker.RecordFailure(model.Id, model.Provider, failure, running.Key);
        }

        if (result.Kind == AttemptResultKind.Rejected)
        {
            run.Rejected = run.Served ? null : failure;
            return false;
        }

        var needsLargerContext = failure.NeedsLargerContext && model.ContextLength > 0;
        if (needsLargerContext)
        {
            run.Requirements = run.Requirements with { MinContextTokens = Math.Max(run.Requirements.MinContextTokens, model.ContextLength + 1) };
        }

        return needsLargerContext || failure.CoolsWholeProvider;
    }

    private void Record(ModelInfo model, ProviderKey key, AttemptResult result)
    {
        // A stream that broke after its first token failed like one that broke before it: no success, and the model cools down.
        if (result.Failure is { } midStream)
        {
            tracker.RecordFailure(model.Id, model.Provider, UpstreamFailure.AfterFirstToken(midStream), key);
            return;
        }

        tracker.RecordSuccess(model.Id, model.Provider, result.TimeToFirstToken, key);
        if (result.TokensPerSecond is { } rate)
        {
            tracker.RecordThroughput(model.Id, model.Provider, rate);
        }
    }
}
