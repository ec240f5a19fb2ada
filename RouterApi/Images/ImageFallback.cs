using AspireRouter.RouterApi.Forwarding;
using AspireRouter.RouterApi.Images.Upstream;
using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.OpenAi;
using AspireRouter.RouterCore.Providers;
using AspireRouter.RouterCore.Selection;
using Microsoft.Extensions.Options;

namespace AspireRouter.RouterApi.Images;

/// <summary>
/// The fallback loop for one image, as chat's: plan the image-capable candidates, try them in order, record each outcome, until
/// one makes the image or the attempt budget or deadline runs out; a provider-wide cooldown on the way makes it plan again.
/// </summary>
internal sealed class ImageFallback(
    RoutePlanner planner,
    PolicyStore policy,
    AvailabilityTracker tracker,
    IOptions<ProvidersOptions> providers,
    ImageAttempt attempt,
    TimeProvider time)
{
    /// <param name="started">When the client's request started (<see cref="TimeProvider.GetTimestamp"/>); the deadline counts from there.</param>
    public async Task<ImageSlotOutcome> RunAsync(ImageGenerationRequest request, ChatRequest route, long started, CancellationToken cancellationToken)
    {
        var budget = policy.Current;
        var attempts = new List<AttemptRecord>(budget.AttemptBudget);
        var plan = planner.Plan(route, ImageRouting.Requirements);
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

                if (AttemptRecord.WasTried(attempts, model.Id) || providers.Value.Find(model.Provider) is not { } provider
                    || !await tracker.TryBeginAttemptAsync(model.Id, model.Provider))
                {
                    continue;
                }

                var result = await attempt.RunAsync(new ImageCall(request, model, provider), left, cancellationToken);
                if (result.Image is { } image)
                {
                    tracker.RecordSuccess(model.Id, model.Provider, result.Latency);
                    attempts.Add(new AttemptRecord(model.Id, model.Provider, StatusCodes.Status200OK, "ok"));
                    return new ImageSlotOutcome(image, attempts, plan.EarliestReset);
                }

                var failure = result.Failure!;
                tracker.RecordFailure(model.Id, model.Provider, failure);
                attempts.Add(new AttemptRecord(model.Id, model.Provider, failure.StatusCode, FailureText.Describe(failure)));

                // The whole provider is out (an account quota, say): the rest of the plan may be all its models, so plan again.
                if (failure.CoolsWholeProvider)
                {
                    plan.Dispose();
                    plan = planner.Plan(route, ImageRouting.Requirements);
                    index = 0;
                }
            }

            return new ImageSlotOutcome(null, attempts, plan.EarliestReset);
        }
        finally
        {
            plan.Dispose();
        }
    }

}
