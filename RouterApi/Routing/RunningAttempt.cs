using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Providers.Keys;

namespace AspireRouter.RouterApi.Routing;

/// <summary>An attempt in flight: its model, the provider key it sent with, its lane in the request's race, and its outcome to come.</summary>
internal sealed class RunningAttempt(ModelInfo model, ProviderKey key, AttemptLane lane, Task<AttemptResult> outcome)
{
    public ModelInfo Model { get; } = model;

    public ProviderKey Key { get; } = key;

    public AttemptLane Lane { get; } = lane;

    public Task<AttemptResult> Outcome { get; } = outcome;

    /// <summary>Set when its first token was overdue: the model was marked suspect, and this is how its attempt is described.</summary>
    public UpstreamFailure? Overdue { get; set; }
}
