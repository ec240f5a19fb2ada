using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;

namespace AspireRouter.RouterApi.Routing;

/// <summary>An attempt in flight: its model, its lane in the request's race, and its outcome to come.</summary>
internal sealed class RunningAttempt(ModelInfo model, AttemptLane lane, Task<AttemptResult> outcome)
{
    public ModelInfo Model { get; } = model;

    public AttemptLane Lane { get; } = lane;

    public Task<AttemptResult> Outcome { get; } = outcome;

    /// <summary>Set when its first token was overdue: the model was marked suspect, and this is how its attempt is described.</summary>
    public UpstreamFailure? Overdue { get; set; }
}
