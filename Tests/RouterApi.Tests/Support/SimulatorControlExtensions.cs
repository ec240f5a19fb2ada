extern alias simulator;

using simulator::AspireRouter.UpstreamSimulator.Control;

namespace AspireRouter.RouterApi.Tests.Support;

internal static class SimulatorControlExtensions
{
    /// <summary>The models chat requests reached, in order (catalog fetches left out).</summary>
    public static List<string> ChatModels(this SimulatorControl simulator) =>
        [.. simulator.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).Select(r => r.Model ?? "")];
}
