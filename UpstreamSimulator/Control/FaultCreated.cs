namespace AspireRouter.UpstreamSimulator.Control;

/// <summary>The id of a fault added through the control API.</summary>
public sealed record FaultCreated(string Id);
