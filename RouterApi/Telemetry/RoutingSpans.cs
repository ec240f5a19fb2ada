using System.Diagnostics;
using AspireRouter.RouterApi.Routing;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers;
using AspireRouter.ServiceDefaults;

namespace AspireRouter.RouterApi.Telemetry;

/// <summary>
/// The routing span (one per routed request) and, under it, one GenAI client span per upstream attempt, named and tagged as
/// OpenTelemetry's GenAI conventions say. Nothing is formatted or tagged unless a listener records the span.
/// </summary>
internal static class RoutingSpans
{
    private const string RoutingName = "route";
    private const string FirstTokenOverdueEvent = "aspire_router.first_token_overdue";

    public static Activity? StartRouting(RoutingRun run)
    {
        var activity = RouterTelemetry.ActivitySource.StartActivity(RoutingName, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true })
        {
            var requested = run.Request.Model ?? "free";
            activity.DisplayName = $"{RoutingName} {requested}";
            activity.SetTag(GenAiAttributes.RoutedModel, requested);
            if (run.Requirements.Hints is { } hints && hints.Given != 0)
            {
                activity.SetTag(GenAiAttributes.Hints, hints.Given.ToString());
            }
        }

        return activity;
    }

    public static void TagCandidates(Activity? routing, int candidates)
    {
        if (routing is { IsAllDataRequested: true } && routing.GetTagItem(GenAiAttributes.Candidates) is null)
        {
            routing.SetTag(GenAiAttributes.Candidates, candidates);
        }
    }

    public static void EndRouting(Activity? routing, RoutingRun run, string outcome)
    {
        if (routing is null)
        {
            return;
        }

        if (routing.IsAllDataRequested)
        {
            routing.SetTag(GenAiAttributes.Attempts, run.Attempts.Count);
            routing.SetTag(GenAiAttributes.Outcome, outcome);
            if (outcome is RoutingOutcomes.Rejected or RoutingOutcomes.Exhausted)
            {
                routing.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }

        routing.Dispose();
    }

    /// <summary>Starts an attempt's client span as the current activity, so the upstream HTTP call becomes its child.</summary>
    public static Activity? StartAttempt(string operation, ModelInfo model, ProviderOptions provider)
    {
        if (!RouterTelemetry.ActivitySource.HasListeners())
        {
            return null;
        }

        var activity = RouterTelemetry.ActivitySource.StartActivity(operation, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.DisplayName = $"{operation} {model.UpstreamId}";
            activity.SetTag(GenAiAttributes.OperationName, operation);
            activity.SetTag(GenAiAttributes.ProviderName, provider.Name);
            activity.SetTag(GenAiAttributes.RequestModel, model.UpstreamId);
            if (Uri.TryCreate(provider.BaseUrl, UriKind.Absolute, out var server))
            {
                activity.SetTag(GenAiAttributes.ServerAddress, server.Host);
                activity.SetTag(GenAiAttributes.ServerPort, server.Port);
            }
        }

        return activity;
    }

    /// <summary>Notes on an attempt's span that its first token was overdue and a hedge may start beside it.</summary>
    public static void MarkOverdue(Activity? attempt)
    {
        if (attempt is { IsAllDataRequested: true })
        {
            attempt.AddEvent(new ActivityEvent(FirstTokenOverdueEvent));
        }
    }

    public static void EndAttempt(Activity? attempt, in AttemptResult result)
    {
        if (attempt is null)
        {
            return;
        }

        if (attempt.IsAllDataRequested)
        {
            if (result.Usage is { } usage)
            {
                attempt.SetTag(GenAiAttributes.InputTokens, usage.PromptTokens);
                attempt.SetTag(GenAiAttributes.OutputTokens, usage.CompletionTokens);
            }

            attempt.SetTag(GenAiAttributes.AttemptOutcome, result.Kind switch
            {
                AttemptResultKind.Served => "served",
                AttemptResultKind.Rejected => "rejected",
                AttemptResultKind.Outrun => "outrun",
                _ => "failed",
            });
            if (result.Failure is { } failure)
            {
                var type = FailureTypes.Of(failure.Kind);
                attempt.SetTag(GenAiAttributes.ErrorType, type);
                attempt.SetStatus(ActivityStatusCode.Error, FailureText.Describe(failure));
            }
        }

        attempt.Dispose();
    }

    /// <summary>Ends an attempt's span that ended by an exception the pipeline does not handle.</summary>
    public static void EndAttempt(Activity? attempt, Exception exception)
    {
        if (attempt is null)
        {
            return;
        }

        if (attempt.IsAllDataRequested)
        {
            attempt.SetTag(GenAiAttributes.ErrorType, exception.GetType().FullName);
            attempt.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
        }

        attempt.Dispose();
    }
}
