using AspireRouter.UpstreamSimulator.Configuration;

namespace AspireRouter.UpstreamSimulator.Control;

/// <summary>A fault in force: its id (to remove it), its rule, and how many more requests it will hit (null: no end).</summary>
public sealed record ScriptedFault(string Id, FaultRule Rule, int? Remaining);
