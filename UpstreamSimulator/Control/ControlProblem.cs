namespace AspireRouter.UpstreamSimulator.Control;

/// <summary>Why the control API refused a change.</summary>
public sealed record ControlProblem(string Error);
