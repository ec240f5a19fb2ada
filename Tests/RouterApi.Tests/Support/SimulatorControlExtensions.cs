extern alias simulator;

using simulator::AspireRouter.UpstreamSimulator.Control;

namespace AspireRouter.RouterApi.Tests.Support;

internal static class SimulatorControlExtensions
{
    /// <summary>The models chat requests reached, in order, whatever the wire format (catalog fetches left out).</summary>
    public static List<string> ChatModels(this SimulatorControl simulator) =>
        [.. simulator.Requests.Where(r => !r.Path.EndsWith("/models", StringComparison.Ordinal)).Select(r => r.Model ?? "")];
}
