using AspireRouter.RouterCore.Availability;
using AspireRouter.RouterCore.Catalog;
using AspireRouter.RouterCore.Load;

namespace AspireRouter.RouterApi.Status;

/// <summary>A pool model right now: its health, its load across replicas, and when it can take a request again.</summary>
/// <param name="AvailableAt">The end of its cooldown or of its provider's spent quota window; null when it can be tried now.</param>
internal sealed record ModelLive(ModelInfo Model, ModelAvailability Availability, ModelLoadSample Load, DateTimeOffset? AvailableAt, TimeSpan Wait);
