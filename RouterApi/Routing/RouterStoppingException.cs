namespace AspireRouter.RouterApi.Routing;

/// <summary>
/// The router is stopping: a stream it had committed to ends here, or an attempt still waiting for its answer was given up
/// (<see cref="RouterStopSignal"/>); not by any fault of the model.
/// </summary>
internal sealed class RouterStoppingException() : Exception("The router is stopping.");
